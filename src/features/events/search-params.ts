import { EVENT_TYPES, type EventType } from './schema';

export const MODES = ['offline', 'online'] as const;
export type EventMode = (typeof MODES)[number];
export type EventsSearch = { types: EventType[]; years: number[]; city: string; mode: EventMode | ''; view: 'chart' | 'table' };

function list(params: URLSearchParams, key: string): string[] {
  return params.getAll(key).flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean);
}

/** `/events?type=meetup&year=2022&city=hangzhou`; unknown values fall back to "all". */
export function parseEventsSearch(params: URLSearchParams, cities: readonly string[]): EventsSearch {
  const types = [...new Set(list(params, 'type').flatMap((t) => EVENT_TYPES.filter((k) => k === t)))];
  const years = [...new Set(list(params, 'year').filter((y) => /^\d{4}$/.test(y)).map(Number))].sort((a, b) => a - b);
  const cityRaw = (params.get('city') ?? '').toLowerCase();
  const mode = MODES.find((m) => m === params.get('mode')) ?? '';
  return { types, years, city: cities.includes(cityRaw) ? cityRaw : '', mode, view: params.get('view') === 'table' ? 'table' : 'chart' };
}

export function serializeEventsSearch(search: EventsSearch, base?: URLSearchParams): URLSearchParams {
  const out = new URLSearchParams();
  const lang = base?.get('lang');
  if (lang) out.set('lang', lang);
  if (search.types.length) out.set('type', EVENT_TYPES.filter((t) => search.types.includes(t)).join(','));
  if (search.years.length) out.set('year', search.years.join(','));
  if (search.city) out.set('city', search.city);
  if (search.mode) out.set('mode', search.mode);
  if (search.view === 'table') out.set('view', 'table');
  return out;
}
