import { eventsHref } from '@/features/events/search-params';
import type { EventRecord, EventsDataset } from '@/features/events/schema';

type Talk = EventRecord['talks'][number];

/** One talk of a person, with the event it was given at. */
export type PersonTalk = { event: EventRecord; talk: Talk };

/**
 * A person's talks: every talk whose speakers include them, in the events' order; a title given twice at
 * the same event (listed once per speaker or per source) counts once.
 */
export function personTalks(data: EventsDataset, personId: string): PersonTalk[] {
  return data.events.flatMap((event) => {
    const seen = new Set<string>();
    return event.talks
      .filter((talk) => talk.speakers.some((s) => s.personId === personId))
      .filter((talk) => {
        const key = talk.title.zh.trim();
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      })
      .map((talk) => ({ event, talk }));
  });
}

/** The talks given in these years, most recent event first (undated events last in their year). */
export function talksInYears(talks: readonly PersonTalk[], years: readonly number[]): PersonTalk[] {
  return talks
    .filter(({ event }) => years.includes(event.year))
    .sort((a, b) => b.event.year - a.event.year || (b.event.date ?? '').localeCompare(a.event.date ?? ''));
}

/** The event on /events: its year's list, scrolled to the event (built by the events page's own URL state). */
export function eventHref(event: Pick<EventRecord, 'id' | 'year'>): string {
  return eventsHref({ years: [event.year] }, event.id);
}
