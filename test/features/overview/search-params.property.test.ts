import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { overviewSearch, shownYear } from '@/features/overview/search-params';
import { ROUTES } from '@/lib/routes';
import { VIEWS } from '@/lib/url-state';

const parseHref = (href: string) => overviewSearch.parse(new URL(href, 'https://example.org').searchParams);

describe('overview links (property-based)', () => {
  it('every link built by the overview search parses back to what built it', () => {
    const valueArb = fc.record({
      year: fc.option(fc.integer({ min: 1000, max: 9999 }), { nil: undefined }),
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
