import type { EventRecord, EventsDataset, EventType } from '@/features/events/schema';
import { matchesMode } from '@/features/events/lib/filter';

export type EventFigure = {
  value: number | null;
  basis: 'stated' | 'listed' | null;
  listed: number;
  stated: number | null;
  source: string | undefined;
};

/**
 * Events of a type in a year, optionally only offline or online (a hybrid event counts as both, as the
 * timeline's filter keeps it for either); a stated total wins where the post gives one.
 */
export function eventFigure(data: EventsDataset, type: EventType, year: number, mode?: 'offline' | 'online'): EventFigure {
  const matching = data.events.filter((e) => e.type === type && e.year === year && (mode === undefined || matchesMode(e.mode, mode)));
  const listed = matching.length;
  const statement = mode === undefined ? data.stated.find((s) => s.type === type && s.year === year) : undefined;
  if (statement) return { value: statement.count, basis: 'stated', listed, stated: statement.count, source: statement.source };
  if (listed > 0) return { value: listed, basis: 'listed', listed, stated: null, source: matching[0]?.source };
  return { value: null, basis: null, listed: 0, stated: null, source: undefined };
}

/** The years that list at least one event, oldest first. */
export function eventYears(events: readonly EventRecord[]): number[] {
  return [...new Set(events.map((e) => e.year))].sort((a, b) => a - b);
}

/** How many events the data lists per `year|type`, in one pass. */
function listedCounts(events: readonly EventRecord[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const e of events) {
    const key = `${e.year}|${e.type}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

export type TypeCount = { type: EventType; listed: number; stated: EventsDataset['stated'][number] | null };
export type YearCounts = { year: number; byType: TypeCount[] };

/** Per year (oldest first) and type: how many events the data lists, and what the post states. */
export function countsByYearAndType(data: EventsDataset, types: readonly EventType[]): YearCounts[] {
  const listed = listedCounts(data.events);
  return eventYears(data.events).map((year) => ({
    year,
    byType: types.map((type) => ({
      type,
      listed: listed.get(`${year}|${type}`) ?? 0,
      stated: data.stated.find((s) => s.year === year && s.type === type) ?? null,
    })),
  }));
}

/** What a year-by-type table cell shows: both figures where a stated total differs from the list, else the one figure, else nothing. */
export type CellFigure = { kind: 'both'; stated: number; listed: number } | { kind: 'one'; value: number } | { kind: 'none' };

export function cellFigure(count: TypeCount): CellFigure {
  if (count.stated && count.stated.count !== count.listed) return { kind: 'both', stated: count.stated.count, listed: count.listed };
  const value = count.listed || (count.stated?.count ?? 0);
  return value ? { kind: 'one', value } : { kind: 'none' };
}

/**
 * The chart's rows: per year, the events the year's posts state (the sum of their stated totals, null where
 * no post states one) beside the events the data lists one by one, so a short list never reads as a quiet year.
 */
export type ChartRow = { year: number; stated: number | null; listed: number };
export const EVENTS_SERIES = ['stated', 'listed'] as const;
export type EventsSeries = (typeof EVENTS_SERIES)[number];

export function chartRows(counts: readonly YearCounts[]): ChartRow[] {
  return counts.map((c) => {
    const stated = c.byType.filter((b) => b.stated !== null);
    return {
      year: c.year,
      stated: stated.length > 0 ? stated.reduce((sum, b) => sum + (b.stated?.count ?? 0), 0) : null,
      listed: c.byType.reduce((sum, b) => sum + b.listed, 0),
    };
  });
}

/** The latest year whose list is shorter than the total its posts state: the summary's example, if any. */
export function shortestListYear(rows: readonly ChartRow[]): ChartRow | undefined {
  return rows.findLast((r) => r.stated !== null && r.listed < r.stated);
}

/** Each stated total beside the number of events the data lists for that year and type. */
export type StatedRow = {
  year: number;
  type: EventType;
  stated: number;
  listed: number;
  wording: EventsDataset['stated'][number]['wording'];
  source: string;
};

export function statedVsListed(data: EventsDataset): StatedRow[] {
  const listed = listedCounts(data.events);
  return data.stated.map((s) => ({
    year: s.year,
    type: s.type,
    stated: s.count,
    listed: listed.get(`${s.year}|${s.type}`) ?? 0,
    wording: s.wording,
    source: s.source,
  }));
}
