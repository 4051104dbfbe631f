import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ROLES } from '@/features/people/schema';
import { peopleHref, peopleSearch, SORTS, type PeopleSearch } from '@/features/people/search-params';
import { VIEWS } from '@/lib/url-state';

/** What a link can be built from: roles of the vocabulary, 4-digit years, any text, a known sort and view. */
const searchArb: fc.Arbitrary<PeopleSearch> = fc.record({
  roles: fc.subarray([...ROLES]),
  years: fc.uniqueArray(fc.integer({ min: 1000, max: 9999 }), { maxLength: 5 }).map((ys) => [...ys].sort((a, b) => a - b)),
  q: fc.string({ maxLength: 200 }).filter((q) => q.trim() !== ''),
  sort: fc.constantFrom(...SORTS),
  view: fc.constantFrom(...VIEWS),
});

function parseHref(href: string): PeopleSearch {
  const url = new URL(href, 'https://example.org');
  expect(url.pathname).toBe('/people');
  return peopleSearch.parse(url.searchParams);
}

describe('people search links', () => {
  it('parse back to what built them', () => {
    fc.assert(
      fc.property(searchArb, (search) => {
        expect(parseHref(peopleHref(search))).toEqual(search);
      }),
    );
  });

  it('leave defaults out and keep the vocabulary’s order', () => {
    expect(peopleHref()).toBe('/people');
    expect(peopleHref({ roles: ['member', 'speaker'], years: [2024, 2022] })).toBe('/people?role=speaker%2Cmember&year=2022%2C2024');
    expect(peopleHref({ sort: 'recent', view: 'chart', q: '  ' })).toBe('/people');
    expect(peopleHref({ sort: 'name' })).toBe('/people?sort=name');
  });

  it('fall back to defaults for anything unknown', () => {
    expect(peopleSearch.parse(new URLSearchParams('role=wizard,speaker&year=abc,2023&sort=sideways&view=pie'))).toEqual({
      ...peopleSearch.defaults,
      roles: ['speaker'],
      years: [2023],
    });
  });

  it('carry the language when the page changes its own state', () => {
    expect(peopleSearch.serialize({ q: 'tan' }, new URLSearchParams('lang=zh&q=old')).toString()).toBe('lang=zh&q=tan');
  });
});
