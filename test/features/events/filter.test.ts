import { describe, expect, it } from 'vitest';
import { cityKey, cityOptions, filterEvents } from '@/features/events/lib/filter';
import { busyYear, event } from '../../fixtures/events';

const all = { types: [], years: [], city: '', mode: '' } as const;
const ids = (list: readonly { id: string }[]) => list.map((e) => e.id);

describe('event filters', () => {
  it('an empty filter keeps every event in the data’s order', () => {
    const { events } = busyYear();
    expect(ids(filterEvents(events, all))).toEqual(ids(events));
  });

  it('filters by type, year, city and mode together', () => {
    const { events } = busyYear();
    expect(ids(filterEvents(events, { ...all, types: ['live', 'podcast'] }))).toEqual(['live-mar', 'undated-2022']);
    expect(ids(filterEvents(events, { ...all, years: [2023] }))).toEqual(['seaside-2023']);
    expect(ids(filterEvents(events, { ...all, city: 'seaside', years: [2022] }))).toEqual(['seaside-jan']);
    expect(ids(filterEvents(events, { ...all, types: ['live'], mode: 'offline' }))).toEqual([]);
  });

  it('a hybrid event is kept by both the offline and the online choice', () => {
    const { events } = busyYear();
    expect(ids(filterEvents(events, { ...all, mode: 'online' }))).toEqual(['live-mar', 'hybrid-jun', 'undated-2022']);
    expect(ids(filterEvents(events, { ...all, mode: 'offline' }))).toEqual(['seaside-jan', 'hill-mar', 'hybrid-jun', 'seaside-2023']);
  });

  it('keys a city by its English name as a URL token', () => {
    expect(cityKey(event({ id: 'x', city: { zh: '新港', en: 'New Harbour' } }))).toBe('new-harbour');
    expect(cityKey(event({ id: 'x', city: { zh: '圣若泽', en: 'São José' } }))).toBe('sao-jose');
    expect(cityKey(event({ id: 'x', city: undefined }))).toBe('');
  });

  it('lists each city once, ordered by key, leaving out events without a city', () => {
    expect(cityOptions(busyYear().events).map((c) => [c.key, c.city.zh])).toEqual([
      ['hilltown', '山城'],
      ['new-harbour', '新港'],
      ['seaside', '海城'],
    ]);
  });
});
