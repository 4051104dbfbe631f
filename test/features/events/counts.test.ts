import { describe, expect, it } from 'vitest';
import {
  cellFigure,
  chartRows,
  countsByYearAndType,
  eventFigure,
  eventYears,
  shortestListYear,
  statedVsListed,
} from '@/features/events/lib/counts';
import { EVENT_TYPES } from '@/features/events/schema';
import { busyYear, event, eventsDataset, statedTotal } from '../../fixtures/events';

describe('event counts', () => {
  it('a stated total wins over the list; without one the list counts; a mode counts only listed events', () => {
    const data = busyYear();
    expect(eventFigure(data, 'live', 2022)).toMatchObject({ value: 5, basis: 'stated', listed: 1, stated: 5 });
    expect(eventFigure(data, 'meetup', 2023)).toMatchObject({ value: 1, basis: 'listed', stated: null });
    // Two offline meetups and one hybrid (offline and online at once) in 2022.
    expect(eventFigure(data, 'meetup', 2022, 'offline')).toMatchObject({ value: 3, basis: 'listed' });
    expect(eventFigure(data, 'office-hours', 2022)).toMatchObject({ value: null, basis: null, listed: 0 });
  });

  it('lists the years with events, oldest first', () => {
    expect(eventYears(busyYear().events)).toEqual([2022, 2023]);
  });

  it('counts per year and type, in the vocabulary’s order, with the stated total beside the listed count', () => {
    const counts = countsByYearAndType(busyYear(), EVENT_TYPES);
    expect(counts.map((c) => c.year)).toEqual([2022, 2023]);
    expect(counts[0]?.byType.map((b) => b.type)).toEqual([...EVENT_TYPES]);
    const meetups = counts[0]?.byType.find((b) => b.type === 'meetup');
    expect(meetups).toMatchObject({ listed: 3, stated: { count: 3 } });
    expect(counts[0]?.byType.find((b) => b.type === 'podcast')).toMatchObject({ listed: 1, stated: null });
  });

  it('a cell shows both figures only where they differ, one where they agree or only one exists, none for zero', () => {
    expect(cellFigure({ type: 'live', listed: 1, stated: statedTotal({ count: 5 }) })).toEqual({ kind: 'both', stated: 5, listed: 1 });
    expect(cellFigure({ type: 'live', listed: 3, stated: statedTotal({ count: 3 }) })).toEqual({ kind: 'one', value: 3 });
    expect(cellFigure({ type: 'live', listed: 2, stated: null })).toEqual({ kind: 'one', value: 2 });
    expect(cellFigure({ type: 'live', listed: 0, stated: null })).toEqual({ kind: 'none' });
  });

  it('shapes one chart row per year: the stated totals summed (null where none is stated) beside the listed events', () => {
    const data = eventsDataset({
      events: [event({ id: 'a', year: 2023, type: 'live' }), event({ id: 'b', type: 'live' }), event({ id: 'c', type: 'meetup' })],
      stated: [statedTotal({ count: 6 }), statedTotal({ type: 'meetup', count: 2 })],
    });
    const rows = chartRows(countsByYearAndType(data, EVENT_TYPES));
    expect(rows).toEqual([
      { year: 2023, stated: null, listed: 1 },
      { year: 2024, stated: 8, listed: 2 },
    ]);
    expect(shortestListYear(rows)).toEqual({ year: 2024, stated: 8, listed: 2 });
    expect(shortestListYear([{ year: 2024, stated: 2, listed: 2 }])).toBeUndefined();
  });

  it('sets each stated total beside the listed count of its year and type', () => {
    const data = eventsDataset({
      events: [event({ id: 'a', type: 'live' }), event({ id: 'b', type: 'live' })],
      stated: [statedTotal({ count: 6 }), statedTotal({ year: 2023, count: 1 })],
    });
    expect(statedVsListed(data).map((r) => [r.year, r.type, r.stated, r.listed])).toEqual([
      [2024, 'live', 6, 2],
      [2023, 'live', 1, 0],
    ]);
  });
});
