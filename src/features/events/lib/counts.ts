import type { EventsDataset, EventType } from '../schema';

export type EventFigure = { value: number | null; basis: 'stated' | 'listed' | null; listed: number; stated: number | null; source: string | undefined };

/** Events of a type in a year, optionally only offline or online; a stated total wins where the post gives one. */
export function eventFigure(data: EventsDataset, type: EventType, year: number, mode?: 'offline' | 'online'): EventFigure {
  const matching = data.events.filter((e) => e.type === type && e.year === year && (mode === undefined || e.mode === mode));
  const listed = matching.length;
  const statement = mode === undefined ? data.stated.find((s) => s.type === type && s.year === year) : undefined;
  if (statement) return { value: statement.count, basis: 'stated', listed, stated: statement.count, source: statement.source };
  if (listed > 0) return { value: listed, basis: 'listed', listed, stated: null, source: matching[0]?.source };
  return { value: null, basis: null, listed: 0, stated: null, source: undefined };
}

export function eventYears(data: EventsDataset): number[] {
  return [...new Set(data.events.map((e) => e.year))].sort((a, b) => a - b);
}

/** The city key used in URLs: the English city name, lower-cased. */
export function cityKey(event: EventsDataset['events'][number]): string {
  return event.city ? event.city.en.toLowerCase() : '';
}

export function filterEvents(data: EventsDataset, f: { types: readonly EventType[]; years: readonly number[]; city: string; mode: string }) {
  return data.events.filter(
    (e) => (f.types.length === 0 || f.types.includes(e.type)) && (f.years.length === 0 || f.years.includes(e.year)) && (f.city === '' || cityKey(e) === f.city) && (f.mode === '' || e.mode === f.mode),
  );
}

/** Per year and type: how many events the data lists, and what the post states. */
export function countsByYearAndType(data: EventsDataset, types: readonly EventType[]) {
  return eventYears(data).map((year) => ({
    year,
    byType: types.map((type) => ({
      type,
      listed: data.events.filter((e) => e.year === year && e.type === type).length,
      stated: data.stated.find((s) => s.year === year && s.type === type) ?? null,
    })),
  }));
}

/** Groups events (already sorted by date) by year, then month; undated events go last in their year. */
export function groupByYearMonth(events: readonly EventsDataset['events'][number][]) {
  const years = new Map<number, Map<string, EventsDataset['events'][number][]>>();
  for (const e of events) {
    const months = years.get(e.year) ?? new Map<string, EventsDataset['events'][number][]>();
    const month = e.date ? e.date.slice(0, 7) : '';
    months.set(month, [...(months.get(month) ?? []), e]);
    years.set(e.year, months);
  }
  return [...years].sort((a, b) => b[0] - a[0]).map(([year, months]) => ({
    year,
    months: [...months].sort((a, b) => (a[0] === '' ? 1 : b[0] === '' ? -1 : a[0].localeCompare(b[0]))).map(([month, list]) => ({ month, events: list })),
  }));
}
