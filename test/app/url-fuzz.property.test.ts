import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { communitySearch } from '@/features/community/search-params';
import { eventsSearch } from '@/features/events/search-params';
import { overviewSearch } from '@/features/overview/search-params';
import { peopleSearch } from '@/features/people/search-params';
import { starsSearch } from '@/features/stars/search-params';
import type { SearchDefinition } from '@/lib/url-state';

/** Every page's URL state, fuzzed: any query string a link, a typo or an attacker can produce. */
const PAGES: [string, SearchDefinition<object>][] = [
  ['overview', overviewSearch],
  ['people', peopleSearch],
  ['events', eventsSearch],
  ['stars', starsSearch],
  ['community', communitySearch],
];

const KEYS = [
  'year',
  'compare',
  'view',
  'role',
  'q',
  'sort',
  'type',
  'city',
  'mode',
  'repo',
  'from',
  'to',
  'scale',
  'by',
  'dir',
  'lang',
  '__proto__',
  'constructor',
];
const value = fc.oneof(
  fc.string(),
  fc.constantFrom(
    '2022',
    '2022,2023',
    '-1',
    '99999',
    'table',
    'chart',
    'speaker,member',
    'meetup',
    'log',
    'x'.repeat(500),
    '%E0%A4%A',
    '<script>',
    'NaN',
    ' ',
    ',,,',
  ),
);
const query = fc.array(fc.tuple(fc.constantFrom(...KEYS), value), { maxLength: 12 }).map((pairs) => new URLSearchParams(pairs));
const RUNS = 300;

describe('any URL parses to a valid state', () => {
  it.each(PAGES)('%s: parsing never throws, and what it parses to serialises and parses back to itself', (_, search) => {
    fc.assert(
      fc.property(query, (params) => {
        const parsed = search.parse(params);
        expect(search.parse(search.serialize(parsed))).toEqual(parsed);
      }),
      { numRuns: RUNS },
    );
  });
});
