/** The overview's URL state: the year whose cards are shown and how its stars figure shows. */
export type OverviewSearch = { year: number; view: 'chart' | 'table' };

export function parseOverviewSearch(params: URLSearchParams, years: readonly number[], fallback: number): OverviewSearch {
  const raw = params.get('year');
  const year = raw !== null && /^\d{4}$/.test(raw) ? Number(raw) : NaN;
  return { year: years.includes(year) ? year : fallback, view: params.get('view') === 'table' ? 'table' : 'chart' };
}
