import type { EventRecord } from '@/features/events/schema';

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
 * What opens the timeline row at `index` of events already in timeline order (`newestFirst`; a filter
 * keeps that order, so the data is sorted once, not on every filter change): the year where a year
 * begins, the month (`YYYY-MM`, or '' for undated) where a month begins, else null. Worked out for the
 * rows on screen only, so a filter over 20,000 events allocates nothing per row.
 */
export type RowHeadings = { year: number | null; month: string | null };

export function rowHeadings(events: readonly EventRecord[], index: number): RowHeadings {
  const event = events[index];
  if (!event) return { year: null, month: null };
  const previous = index > 0 ? events[index - 1] : undefined;
  const month = eventMonth(event);
  if (!previous || previous.year !== event.year) return { year: event.year, month };
  return { year: null, month: eventMonth(previous) !== month ? month : null };
}

/** The id of a year's heading on the timeline: `#events-2022` links to it. */
export function yearHeadingId(year: number): string {
  return `events-${String(year)}`;
}

/**
 * Where an event (by id) or a year's heading (`events-YYYY`) sits in the timeline, or undefined: a
 * `#…` link scrolls the virtual list there, drawn or not yet.
 */
export function timelineIndex(events: readonly EventRecord[], id: string): number | undefined {
  if (!id) return undefined;
  const year = /^events-(\d{4})$/.exec(id)?.[1];
  const index =
    year === undefined ? events.findIndex((event) => event.id === id) : events.findIndex((event) => String(event.year) === year);
  return index === -1 ? undefined : index;
}

/** The first row of the year that the row at `index` belongs to: its heading stays drawn while any row of that year is. */
export function yearStart(events: readonly EventRecord[], index: number): number {
  const year = events[index]?.year;
  let start = index;
  while (start > 0 && events[start - 1]?.year === year) start -= 1;
  return start;
}
