import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MODES } from '@/features/events/lib/filter';
import { constrainEventsSearch, eventsHref, eventsSearch, type EventsSearch } from '@/features/events/search-params';
import { EVENT_TYPES } from '@/features/events/schema';
import { VIEWS } from '@/lib/url-state';

const searchArb: fc.Arbitrary<EventsSearch> = fc.record({
  types: fc.subarray([...EVENT_TYPES]),
  years: fc.uniqueArray(fc.integer({ min: 1990, max: 2100 }), { maxLength: 5 }).map((ys) => [...ys].sort((a, b) => a - b)),
  city: fc.oneof(fc.constant(''), fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}$/)),
  mode: fc.constantFrom('' as const, ...MODES),
  view: fc.constantFrom(...VIEWS),
});

function parseHref(href: string): { pathname: string; search: EventsSearch; hash: string } {
  const url = new URL(href, 'https://dashboard.test');
  return { pathname: url.pathname, search: eventsSearch.parse(url.searchParams), hash: decodeURIComponent(url.hash.slice(1)) };
}

describe('events links', () => {
  it('every link parses back to what built it, hash included', () => {
    fc.assert(
      fc.property(searchArb, fc.option(fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,30}$/), { nil: undefined }), (search, hash) => {
        const parsed = parseHref(eventsHref(search, hash));
        expect(parsed.pathname).toBe('/events');
        expect(parsed.search).toEqual(search);
        expect(parsed.hash).toBe(hash ?? '');
      }),
    );
  });

  it('a link with defaults only is the bare page; a year and an event id make a deep link', () => {
    expect(eventsHref()).toBe('/events');
    expect(eventsHref({ years: [2022] }, 'meetup-one')).toBe('/events?year=2022#meetup-one');
    expect(eventsHref({ types: ['live', 'meetup'] })).toBe('/events?type=meetup%2Clive');
  });

  it('unknown values fall back to all; a city the data does not know means all cities', () => {
    const parsed = eventsSearch.parse(new URLSearchParams('type=party,live&year=-1,2022&city=Atlantis&mode=both&view=pie'));
    expect(parsed).toEqual({ types: ['live'], years: [2022], city: 'atlantis', mode: '', view: 'chart' });
    expect(constrainEventsSearch(parsed, ['seaside']).city).toBe('');
    expect(constrainEventsSearch({ ...parsed, city: 'seaside' }, ['seaside']).city).toBe('seaside');
  });
});
