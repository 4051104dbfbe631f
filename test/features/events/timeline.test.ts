import { describe, expect, it } from 'vitest';
import { groupByYearMonth } from '@/features/events/lib/timeline';
import { busyYear } from '../../fixtures/events';

describe('the timeline’s grouping', () => {
  it('groups by year, newest first, then by month, undated last in their year', () => {
    const groups = groupByYearMonth(busyYear().events);
    expect(groups.map((g) => g.year)).toEqual([2023, 2022]);
    expect(groups[1]?.months.map((m) => m.month)).toEqual(['2022-01', '2022-03', '2022-06', '']);
    expect(groups[1]?.months[1]?.events.map((e) => e.id)).toEqual(['live-mar', 'hill-mar']);
  });

  it('has no group for no events', () => {
    expect(groupByYearMonth([])).toEqual([]);
  });
});
