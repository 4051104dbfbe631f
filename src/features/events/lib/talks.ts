import { ROUTES } from '@/lib/routes';
import type { EventRecord, EventsDataset } from '../schema';

type Talk = EventRecord['talks'][number];

/** One talk of a person, with the event it was given at. */
export type PersonTalk = { event: EventRecord; talk: Talk };

/** A person's talks: every talk whose speakers include them, in the events' order. */
export function personTalks(data: EventsDataset, personId: string): PersonTalk[] {
  return data.events.flatMap((event) => event.talks.filter((talk) => talk.speakers.some((s) => s.personId === personId)).map((talk) => ({ event, talk })));
}

/**
 * The event on /events: its year's list, scrolled to the event. TODO(lead): `eventsHref({ years: [event.year] }, event.id)`
 * from the events feature's search params, which builds the same link, once both branches are merged.
 */
export function eventHref(event: Pick<EventRecord, 'id' | 'year'>): string {
  return `${ROUTES.events}?${new URLSearchParams({ year: String(event.year) }).toString()}#${encodeURIComponent(event.id)}`;
}
