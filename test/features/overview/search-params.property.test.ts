import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { comparedYear, overviewSearch, shownYear } from '@/features/overview/search-params';
import { ROUTES } from '@/lib/routes';
import { VIEWS } from '@/lib/url-state';

const parseHref = (href: string) => overviewSearch.parse(new URL(href, 'https://example.org').searchParams);

describe('overview links (property-based)', () => {
  it('every link built by the overview search parses back to what built it', () => {
    const valueArb = fc.record({
      year: fc.option(fc.integer({ min: 1000, max: 9999 }), { nil: undefined }),
      compare: fc.option(fc.integer({ min: 1000, max: 9999 }), { nil: undefined }),
      view: fc.constantFrom(...VIEWS),
    });
    fc.assert(
      fc.property(valueArb, (value) => {
        expect(parseHref(overviewSearch.href(ROUTES.overview, value))).toEqual(value);
      }),
    );
  });
});

describe('shownYear', () => {
  const years = [2021, 2022, 2023];
  it('shows the year asked for when the community covers it, else the fallback', () => {
    expect(shownYear(overviewSearch.parse(new URLSearchParams('year=2022')), years, 2023)).toBe(2022);
    expect(shownYear(overviewSearch.parse(new URLSearchParams('year=2030')), years, 2023)).toBe(2023);
    expect(shownYear(overviewSearch.parse(new URLSearchParams('year=abcd')), years, 2023)).toBe(2023);
  });
});

describe('comparedYear', () => {
  const years = [2021, 2022, 2023];
  const parse = (q: string) => overviewSearch.parse(new URLSearchParams(q));
  it('compares with the year asked for, else the year before, else none', () => {
    expect(comparedYear(parse('compare=2021'), years, 2023)).toBe(2021);
    expect(comparedYear(parse(''), years, 2023)).toBe(2022);
    expect(comparedYear(parse('compare=2023'), years, 2023)).toBe(2022);
    expect(comparedYear(parse('compare=1999'), years, 2021)).toBeUndefined();
  });
});
