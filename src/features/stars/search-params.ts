import { defineSearch, optionalYear, view, words } from '@/lib/url-state';

/** `/stars?repo=owner/name,other/name&from=2022&to=2023&view=table` */
export const starsSearch = defineSearch({
  repos: ['repo', words()],
  from: ['from', optionalYear],
  to: ['to', optionalYear],
  view: ['view', view],
});
export type StarsSearch = ReturnType<typeof starsSearch.parse>;

/**
 * The parsed state constrained by the data: only known projects (the first one when none is asked for),
 * only years the data covers; a range given backwards is put the right way round.
 */
export function constrainStars(search: StarsSearch, known: readonly string[], years: readonly number[]): StarsSearch {
  const repos = known.filter((repo) => search.repos.includes(repo));
  let from = search.from !== undefined && years.includes(search.from) ? search.from : undefined;
  let to = search.to !== undefined && years.includes(search.to) ? search.to : undefined;
  if (from !== undefined && to !== undefined && from > to) [from, to] = [to, from];
  return { ...search, repos: repos.length ? repos : known.slice(0, 1), from, to };
}

/** The state as it goes into the URL: the default project (the first) is left out. */
export function starsUrlValue(search: StarsSearch, known: readonly string[]): StarsSearch {
  const isDefault = search.repos.length === 1 && search.repos[0] === known[0];
  return { ...search, repos: isDefault ? [] : search.repos };
}
