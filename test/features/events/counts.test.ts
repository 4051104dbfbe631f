import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countsByYearAndType, eventFigure, filterEvents, groupByYearMonth } from '@/features/events/lib/counts';
import { EVENT_TYPES, eventsDataset } from '@/features/events/schema';

const data = eventsDataset.parse(JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../data/events.json'), 'utf8')));

describe('event derivations', () => {
  it('2022: six meetups, four offline and two online; 37 live streams stated and listed', () => {
    expect(filterEvents(data, { types: ['meetup'], years: [2022], city: '', mode: '' })).toHaveLength(6);
    expect(filterEvents(data, { types: ['meetup'], years: [2022], city: '', mode: 'online' })).toHaveLength(2);
    expect(eventFigure(data, 'live', 2022)).toMatchObject({ value: 37, basis: 'stated', listed: 37 });
  });

  it('shows both where a stated total is not reached by the list (2024 live streams: 6 stated, 1 listed)', () => {
    const row = countsByYearAndType(data, EVENT_TYPES).find((c) => c.year === 2024)!.byType.find((b) => b.type === 'live')!;
    expect(row.listed).toBe(1);
    expect(row.stated?.count).toBe(6);
  });

  it('groups by year (newest first) and month, undated last', () => {
    const groups = groupByYearMonth(filterEvents(data, { types: [], years: [2022], city: '', mode: '' }));
    expect(groups.map((g) => g.year)).toEqual([2022]);
    expect(groups[0]!.months.at(-1)!.month).toBe('');
    const months = groups[0]!.months.map((m) => m.month).filter(Boolean);
    expect([...months].sort()).toEqual(months);
  });
});
