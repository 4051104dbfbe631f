import { ROUTES } from '@/lib/routes';
import { defineSearch, listOf, oneOf, token, view, years, type View } from '@/lib/url-state';
import { MODES, type EventMode } from '@/features/events/lib/filter';
import { EVENT_TYPES, type EventType } from '@/features/events/vocabulary';

export type EventsSearch = { types: EventType[]; years: number[]; city: string; mode: EventMode | ''; view: View };

/** `/events?type=meetup&year=2022&city=hangzhou&mode=online&view=table`; unknown values fall back to "all". */
export const eventsSearch = defineSearch<EventsSearch>({
  types: ['type', listOf(EVENT_TYPES)],
  years: ['year', years],
  city: ['city', token],
  mode: ['mode', oneOf<EventMode | ''>(['', ...MODES], '')],
  view: ['view', view],
});

/** The search as the data allows it: a city the data does not know means all cities. */
export function constrainEventsSearch(search: EventsSearch, cities: readonly string[]): EventsSearch {
  return cities.includes(search.city) ? search : { ...search, city: '' };
}

/** A link to /events showing `value` (for example `eventsHref({ years: [2022] }, eventId)`). */
export function eventsHref(value: Partial<EventsSearch> = {}, hash?: string): string {
  return eventsSearch.href(ROUTES.events, value, hash);
}
