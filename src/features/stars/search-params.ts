import { defineSearch, oneOf, optionalYear, view, words } from '@/lib/url-state';

export const SCALES = ['linear', 'log'] as const;
export type Scale = (typeof SCALES)[number];
/** Table rows: every sourced figure, or the last figure of each project per month or per year. */
export const ROLLUPS = ['point', 'month', 'year'] as const;
export type Rollup = (typeof ROLLUPS)[number];
export const SORTS = ['project', 'date', 'stars'] as const;
export type StarsSort = (typeof SORTS)[number];
export const DIRECTIONS = ['asc', 'desc'] as const;
export type Direction = (typeof DIRECTIONS)[number];

/** `/stars?repo=owner/name,other/name&from=2022&to=2023&scale=log&view=table&by=month&sort=stars&dir=desc` */
export const starsSearch = defineSearch({
  repos: ['repo', words()],
  from: ['from', optionalYear],
  to: ['to', optionalYear],
  scale: ['scale', oneOf(SCALES, 'linear')],
  view: ['view', view],
  by: ['by', oneOf(ROLLUPS, 'point')],
  sort: ['sort', oneOf(SORTS, 'project')],
  dir: ['dir', oneOf(DIRECTIONS, 'asc')],
});
export type StarsSearch = ReturnType<typeof starsSearch.parse>;

/**
 * The parsed state constrained by the data: only known projects (the first one when none is asked for),
 * only years the data covers. A range given backwards is kept as asked (and explained by the page),
 * not silently turned round.
 */
export function constrainStars(search: StarsSearch, known: readonly string[], years: readonly number[]): StarsSearch {
  const repos = known.filter((repo) => search.repos.includes(repo));
  const from = search.from !== undefined && years.includes(search.from) ? search.from : undefined;
  const to = search.to !== undefined && years.includes(search.to) ? search.to : undefined;
  return { ...search, repos: repos.length ? repos : known.slice(0, 1), from, to };
}

/** A range whose start is after its end: it holds no year. */
export function reversedRange(search: Pick<StarsSearch, 'from' | 'to'>): boolean {
  return search.from !== undefined && search.to !== undefined && search.from > search.to;
}

/** The state as it goes into the URL: the default project (the first) is left out. */
export function starsUrlValue(search: StarsSearch, known: readonly string[]): StarsSearch {
  const isDefault = search.repos.length === 1 && search.repos[0] === known[0];
  return { ...search, repos: isDefault ? [] : search.repos };
}

/** Whether the chart shows what the page shows by default (and what the build drew): the first project, every year, linear. */
export function chartAtDefault(search: StarsSearch, known: readonly string[]): boolean {
  return (
    starsUrlValue(search, known).repos.length === 0 && search.from === undefined && search.to === undefined && search.scale === 'linear'
  );
}
