import { describe, expect, it } from 'vitest';
import { newestFirst, rowHeadings, timelineIndex, yearHeadingId, yearStart } from '@/features/events/lib/timeline';
import { busyYear, event } from '../../fixtures/events';

const ids = (list: readonly { id: string }[]) => list.map((e) => e.id);

describe('the timeline’s order and rows', () => {
  it('orders newest first throughout: years, then dates, undated last in their year', () => {
    expect(ids(newestFirst(busyYear().events))).toEqual([
      'seaside-2023',
      'hybrid-jun',
      'hill-mar',
      'live-mar',
      'seaside-jan',
      'undated-2022',
    ]);
  });

  it('keeps the data’s order for events on the same date', () => {
    const events = [event({ id: 'b', date: '2024-05-01' }), event({ id: 'a', date: '2024-05-01' }), event({ id: 'c', date: '2024-06-01' })];
    expect(ids(newestFirst(events))).toEqual(['c', 'b', 'a']);
  });

  it('opens each year with the year and each month with the month', () => {
    const events = newestFirst(busyYear().events);
    expect(events.map((e, i) => [e.id, rowHeadings(events, i).year, rowHeadings(events, i).month])).toEqual([
      ['seaside-2023', 2023, '2023-04'],
      ['hybrid-jun', 2022, '2022-06'],
      ['hill-mar', null, '2022-03'],
      ['live-mar', null, null],
      ['seaside-jan', null, '2022-01'],
      ['undated-2022', null, ''],
    ]);
    expect(rowHeadings(events, 99)).toEqual({ year: null, month: null });
  });

  it('finds an event’s place in the timeline by id', () => {
    const events = newestFirst(busyYear().events);
    expect(timelineIndex(events, 'live-mar')).toBe(3);
    expect(timelineIndex(events, 'nope')).toBeUndefined();
    expect(timelineIndex(events, '')).toBeUndefined();
  });

  it('finds a year’s heading by its id: the year’s first row', () => {
    const events = newestFirst(busyYear().events);
    expect(timelineIndex(events, yearHeadingId(2022))).toBe(1);
    expect(timelineIndex(events, yearHeadingId(2023))).toBe(0);
    expect(timelineIndex(events, yearHeadingId(1999))).toBeUndefined();
  });

  it('finds the row that opens the year of any row', () => {
    const events = newestFirst(busyYear().events);
    expect(events.map((_, i) => yearStart(events, i))).toEqual([0, 1, 1, 1, 1, 1]);
  });
});
