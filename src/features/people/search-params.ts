import { ROLES, type Role } from './schema';

export const SORTS = ['name', 'first-year', 'roles'] as const;
export type PeopleSort = (typeof SORTS)[number];
export type PeopleView = 'chart' | 'table';

/** Everything /people shows lives in the URL: `?role=speaker,member&year=2022&q=tan&sort=roles&view=table`. */
export type PeopleSearch = { roles: Role[]; years: number[]; q: string; sort: PeopleSort; view: PeopleView };

export const DEFAULT_PEOPLE_SEARCH: PeopleSearch = { roles: [], years: [], q: '', sort: 'name', view: 'chart' };

function list(params: URLSearchParams, key: string): string[] {
  return params
    .getAll(key)
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean);
}

export function parsePeopleSearch(params: URLSearchParams): PeopleSearch {
  const roles = [...new Set(list(params, 'role').flatMap((r) => ROLES.filter((known) => known === r)))];
  const years = [...new Set(list(params, 'year').filter((y) => /^\d{4}$/.test(y)).map(Number))].sort((a, b) => a - b);
  const sortRaw = params.get('sort');
  const sort = SORTS.find((s) => s === sortRaw) ?? DEFAULT_PEOPLE_SEARCH.sort;
  const view: PeopleView = params.get('view') === 'table' ? 'table' : 'chart';
  return { roles, years, q: (params.get('q') ?? '').slice(0, 200), sort, view };
}

/** Serialises back, leaving defaults out, in a stable order. */
export function serializePeopleSearch(search: PeopleSearch, base?: URLSearchParams): URLSearchParams {
  const out = new URLSearchParams();
  const lang = base?.get('lang');
  if (lang) out.set('lang', lang);
  if (search.roles.length) out.set('role', ROLES.filter((r) => search.roles.includes(r)).join(','));
  if (search.years.length) out.set('year', [...search.years].sort((a, b) => a - b).join(','));
  if (search.q.trim()) out.set('q', search.q);
  if (search.sort !== DEFAULT_PEOPLE_SEARCH.sort) out.set('sort', search.sort);
  if (search.view !== DEFAULT_PEOPLE_SEARCH.view) out.set('view', search.view);
  return out;
}
