import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DIRECTIONS,
  ROLLUPS,
  SCALES,
  SORTS,
  constrainStars,
  reversedRange,
  starsSearch,
  starsUrlValue,
} from '@/features/stars/search-params';
import { ROUTES } from '@/lib/routes';
import { VIEWS } from '@/lib/url-state';

const KNOWN = ['testland/core', 'testland/tiny', 'other.org/lib-x'];
const YEARS = [2019, 2020, 2021, 2022, 2023];

const parseHref = (href: string) => starsSearch.parse(new URL(href, 'https://example.org').searchParams);
const valueArb = fc.record({
  repos: fc.subarray(KNOWN, { minLength: 1 }),
  from: fc.option(fc.constantFrom(...YEARS), { nil: undefined }),
  to: fc.option(fc.constantFrom(...YEARS), { nil: undefined }),
  scale: fc.constantFrom(...SCALES),
  view: fc.constantFrom(...VIEWS),
  by: fc.constantFrom(...ROLLUPS),
  sort: fc.constantFrom(...SORTS),
  dir: fc.constantFrom(...DIRECTIONS),
});

describe('stars links (property-based)', () => {
  it('every link built by the stars search parses back to what built it', () => {
    fc.assert(
      fc.property(valueArb, (value) => {
        expect(parseHref(starsSearch.href(ROUTES.stars, value))).toEqual(value);
      }),
    );
  });

  it('a state written without its default project reads back, once constrained by the data, as the same state', () => {
    fc.assert(
      fc.property(valueArb, (value) => {
        const ordered = { ...value, repos: KNOWN.filter((r) => value.repos.includes(r)) };
        const legal = constrainStars(ordered, KNOWN, YEARS);
        const back = constrainStars(parseHref(starsSearch.href(ROUTES.stars, starsUrlValue(legal, KNOWN))), KNOWN, YEARS);
        expect(back).toEqual(legal);
      }),
    );
  });
});

describe('constrainStars', () => {
  const parsed = (query: string) => constrainStars(starsSearch.parse(new URLSearchParams(query)), KNOWN, YEARS);

  it('keeps known projects in the data’s order and falls back to the first project', () => {
    expect(parsed('repo=testland/tiny,nobody/x,testland/core').repos).toEqual(['testland/core', 'testland/tiny']);
    expect(parsed('repo=nobody/x').repos).toEqual(['testland/core']);
    expect(parsed('').repos).toEqual(['testland/core']);
  });

  it('drops years the data does not cover', () => {
    expect(parsed('from=1999&to=2021')).toMatchObject({ from: undefined, to: 2021 });
  });

  it('keeps a backwards range as asked (the page explains it) rather than turning it round', () => {
    const search = parsed('from=2023&to=2020');
    expect(search).toMatchObject({ from: 2023, to: 2020 });
    expect(reversedRange(search)).toBe(true);
    expect(reversedRange(parsed('from=2020&to=2023'))).toBe(false);
    expect(reversedRange(parsed('from=2020'))).toBe(false);
  });

  it('leaves the default project out of the URL', () => {
    expect(starsSearch.serialize(starsUrlValue(parsed(''), KNOWN)).toString()).toBe('');
    expect(starsSearch.serialize(starsUrlValue(parsed('repo=testland/tiny'), KNOWN)).toString()).toBe('repo=testland%2Ftiny');
  });
});
