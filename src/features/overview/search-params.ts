import { defineSearch, optionalYear, view } from '@/lib/url-state';

/**
 * The overview's URL state: the year whose cards are shown, the year they are compared with, and how
 * its stars figure shows. `/?year=2024&compare=2022&view=table`
 */
export const overviewSearch = defineSearch({
  year: ['year', optionalYear],
  compare: ['compare', optionalYear],
  view: ['view', view],
});
export type OverviewSearch = ReturnType<typeof overviewSearch.parse>;

/** The year shown: the one asked for if the community covers it, else `fallback`. */
export function shownYear(search: OverviewSearch, years: readonly number[], fallback: number): number {
  return search.year !== undefined && years.includes(search.year) ? search.year : fallback;
}

/**
 * The year the cards are compared with: the one asked for if the community covers it and it is not the
 * shown year, else the year before the shown one (if covered), else none.
 */
export function comparedYear(search: OverviewSearch, years: readonly number[], shown: number): number | undefined {
  if (search.compare !== undefined && search.compare !== shown && years.includes(search.compare)) return search.compare;
  return years.includes(shown - 1) ? shown - 1 : undefined;
}
