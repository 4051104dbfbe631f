import { defineSearch, optionalYear, view } from '@/lib/url-state';

/** The overview's URL state: the year whose cards are shown and how its stars figure shows. `/?year=2023&view=table` */
export const overviewSearch = defineSearch({
  year: ['year', optionalYear],
  view: ['view', view],
});
export type OverviewSearch = ReturnType<typeof overviewSearch.parse>;

/** The year shown: the one asked for if the community covers it, else `fallback`. */
export function shownYear(search: OverviewSearch, years: readonly number[], fallback: number): number {
  return search.year !== undefined && years.includes(search.year) ? search.year : fallback;
}
