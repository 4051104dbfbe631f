import { describe, expect, it } from 'vitest';
import { newestFirst, rowIndexById, timelineRows } from '@/features/events/lib/timeline';
import { busyYear, event } from '../../fixtures/events';

const ids = (list: readonly { id: string }[]) => list.map((e) => e.id);

describe('the timeline’s order and rows', () => {
  it('orders newest first throughout: years, then dates, undated last in their year', () => {
    expect(ids(newestFirst(busyYear().events))).toEqual(['seaside-2023', 'hybrid-jun', 'hill-mar', 'live-mar', 'seaside-jan', 'undated-2022']);
  });

  it('keeps the data’s order for events on the same date', () => {
    const events = [event({ id: 'b', date: '2024-05-01' }), event({ id: 'a', date: '2024-05-01' }), event({ id: 'c', date: '2024-06-01' })];
    expect(ids(newestFirst(events))).toEqual(['c', 'b', 'a']);
  });

  it('marks the first row of each year with the year and of each month with the month', () => {
    const rows = timelineRows(busyYear().events);
    expect(rows.map((r) => [r.event.id, r.year, r.month])).toEqual([
      ['seaside-2023', 2023, '2023-04'],
      ['hybrid-jun', 2022, '2022-06'],
      ['hill-mar', null, '2022-03'],
      ['live-mar', null, null],
      ['seaside-jan', null, '2022-01'],
      ['undated-2022', null, ''],
    ]);
  });

  it('finds each event’s row by id', () => {
    const rows = timelineRows(busyYear().events);
    expect(rowIndexById(rows).get('live-mar')).toBe(3);
    expect(rowIndexById(rows).get('nope')).toBeUndefined();
  });

  it('has no rows for no events', () => {
    expect(timelineRows([])).toEqual([]);
  });
});
