import type { EventRecord } from '../schema';

export type MonthGroup = { month: string; events: EventRecord[] };
export type YearGroup = { year: number; months: MonthGroup[] };

/** Groups events by year (newest first), then month (`YYYY-MM`, oldest first); undated events go last in their year. */
export function groupByYearMonth(events: readonly EventRecord[]): YearGroup[] {
  const years = new Map<number, Map<string, EventRecord[]>>();
  for (const e of events) {
    let months = years.get(e.year);
    if (!months) {
      months = new Map();
      years.set(e.year, months);
    }
    const month = e.date ? e.date.slice(0, 7) : '';
    const list = months.get(month);
    if (list) list.push(e);
    else months.set(month, [e]);
  }
  return [...years]
    .sort((a, b) => b[0] - a[0])
    .map(([year, months]) => ({
      year,
      months: [...months].sort((a, b) => (a[0] === '' ? 1 : b[0] === '' ? -1 : a[0].localeCompare(b[0]))).map(([month, list]) => ({ month, events: list })),
    }));
}
