import type { EventRecord, EventType } from '@/features/events/schema';

/** The offline/online filter: empty for both. */
export const MODES = ['offline', 'online'] as const;
export type EventMode = (typeof MODES)[number];

export type EventsFilter = { types: readonly EventType[]; years: readonly number[]; city: string; mode: EventMode | '' };

const keys = new WeakMap<EventRecord, string>();

/** The city key used in URLs: the English city name as a lower-case token (`hangzhou`, `san-francisco`). */
export function cityKey(event: EventRecord): string {
  let key = keys.get(event);
  if (key === undefined) {
    key = toCityKey(event);
    keys.set(event, key);
  }
  return key;
}

function toCityKey(event: EventRecord): string {
  return event.city
    ? event.city.en
        .normalize('NFKD')
        .replace(/\p{M}/gu, '')
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '')
        .slice(0, 64)
    : '';
}

export type CityOption = { key: string; city: NonNullable<EventRecord['city']> };

/** The cities events took place in, one per key, ordered by key. */
export function cityOptions(events: readonly EventRecord[]): CityOption[] {
  const byKey = new Map<string, CityOption>();
  for (const e of events) {
    const key = cityKey(e);
    if (e.city && key && !byKey.has(key)) byKey.set(key, { key, city: e.city });
  }
  return [...byKey.values()].sort((a, b) => a.key.localeCompare(b.key));
}

/** A hybrid event took place both offline and online, so either choice keeps it. */
export function matchesMode(mode: EventRecord['mode'], filter: EventMode | ''): boolean {
  return filter === '' || mode === filter || mode === 'hybrid';
}

/** The events that match every filter (an empty filter matches all), in the data's order. */
export function filterEvents(events: readonly EventRecord[], f: EventsFilter): EventRecord[] {
  const types = new Set(f.types);
  const years = new Set(f.years);
  return events.filter(
    (e) =>
      (types.size === 0 || types.has(e.type)) &&
      (years.size === 0 || years.has(e.year)) &&
      (f.city === '' || cityKey(e) === f.city) &&
      matchesMode(e.mode, f.mode),
  );
}
