import type { EventRecord } from '../schema';

/**
 * One order everywhere on the timeline: newest first. Years descending; within a year, dated events by
 * date descending, then the undated ones; events on the same date keep the data's order.
 */
export function newestFirst(events: readonly EventRecord[]): EventRecord[] {
  return events
    .map((event, index) => ({ event, index }))
    .sort((a, b) => {
      if (a.event.year !== b.event.year) return b.event.year - a.event.year;
      const da = a.event.date ?? '';
      const db = b.event.date ?? '';
      if (da !== db) return da === '' ? 1 : db === '' ? -1 : da < db ? 1 : -1;
      return a.index - b.index;
    })
    .map(({ event }) => event);
}

/** The month of an event (`YYYY-MM`), or '' where its date is not published. */
export function eventMonth(event: EventRecord): string {
  return event.date ? event.date.slice(0, 7) : '';
}

/**
 * The timeline as rows, one per event, newest first: a row that opens a year carries the year's heading,
 * a row that opens a month the month's label. A flat list of rows is what a virtual list renders.
 */
export type TimelineRow = { event: EventRecord; year: number | null; month: string | null };

export function timelineRows(events: readonly EventRecord[]): TimelineRow[] {
  const rows: TimelineRow[] = [];
  let year: number | undefined;
  let month: string | undefined;
  for (const event of newestFirst(events)) {
    const newYear = event.year !== year;
    const m = eventMonth(event);
    const newMonth = newYear || m !== month;
    rows.push({ event, year: newYear ? event.year : null, month: newMonth ? m : null });
    year = event.year;
    month = m;
  }
  return rows;
}

/** Where each event sits in the rows, by id: a `#event-id` link scrolls the virtual list there. */
export function rowIndexById(rows: readonly TimelineRow[]): Map<string, number> {
  return new Map(rows.map((row, index) => [row.event.id, index]));
}
