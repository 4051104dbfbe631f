import type { EventRecord, EventsDataset, EventType } from '@/features/events/schema';

export type EventFigure = {
  value: number | null;
  basis: 'stated' | 'listed' | null;
  listed: number;
  stated: number | null;
  source: string | undefined;
};

/** Events of a type in a year, optionally only offline or online; a stated total wins where the post gives one. */
export function eventFigure(data: EventsDataset, type: EventType, year: number, mode?: 'offline' | 'online'): EventFigure {
  const matching = data.events.filter((e) => e.type === type && e.year === year && (mode === undefined || e.mode === mode));
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

/** The chart's rows: listed events per year, one field per type. */
export type ChartRow = { year: number } & Partial<Record<EventType, number>>;

export function chartRows(counts: readonly YearCounts[]): ChartRow[] {
  return counts.map((c) => {
    const row: ChartRow = { year: c.year };
    for (const b of c.byType) row[b.type] = b.listed;
    return row;
  });
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
