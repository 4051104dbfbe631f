/** The overview's URL state: the year whose cards are shown. Unknown values fall back to the default. */
export type OverviewSearch = { year: number };

export function parseOverviewSearch(params: URLSearchParams, years: readonly number[], fallback: number): OverviewSearch {
  const raw = params.get('year');
  const year = raw !== null && /^\d{4}$/.test(raw) ? Number(raw) : NaN;
  return { year: years.includes(year) ? year : fallback };
}
