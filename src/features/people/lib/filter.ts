import type { Person, Role } from '../schema';
import { normaliseQuery } from './search-keys';
import type { PeopleSearch, PeopleSort } from '../search-params';

/** A person prepared once for fast filtering: search keys joined without spaces, role-year pairs. */
export type IndexedPerson = {
  person: Person;
  haystack: string;
  pairs: readonly { role: Role; year: number }[];
  pairKeys: ReadonlySet<string>;
  firstYear: number;
  roleCount: number;
};

export function indexPeople(people: readonly Person[]): IndexedPerson[] {
  return people.map((person) => {
    const pairKeys = new Set(person.roles.map((r) => `${r.role}:${r.year}`));
    const pairs = [...pairKeys].map((key) => {
      const role = person.roles.find((r) => `${r.role}:${r.year}` === key);
      return { role: role?.role ?? 'contributor', year: role?.year ?? 0 };
    });
    return {
      person,
      haystack: person.searchKeys.map((k) => k.replace(/\s+/g, '')).join('\u0001'),
      pairs,
      pairKeys,
      firstYear: Math.min(...person.roles.map((r) => r.year)),
      roleCount: pairKeys.size,
    };
  });
}

type Filters = Pick<PeopleSearch, 'roles' | 'years' | 'q'>;

function matchesRoleYear(p: IndexedPerson, roles: readonly Role[], years: readonly number[]): boolean {
  if (roles.length === 0 && years.length === 0) return true;
  for (const pair of p.pairs) {
    if ((roles.length === 0 || roles.includes(pair.role)) && (years.length === 0 || years.includes(pair.year))) return true;
  }
  return false;
}

/** Keeps the order of `index` (sort it once with sortPeople, then filter per keystroke). */
export function filterPeople(index: readonly IndexedPerson[], filters: Filters): IndexedPerson[] {
  return filterRoleYear(matchText(index, filters.q), filters);
}

export function filterRoleYear(list: readonly IndexedPerson[], filters: Pick<Filters, 'roles' | 'years'>): IndexedPerson[] {
  if (filters.roles.length === 0 && filters.years.length === 0) return [...list];
  return list.filter((p) => matchesRoleYear(p, filters.roles, filters.years));
}

const lastMatch = new WeakMap<readonly IndexedPerson[], { q: string; result: IndexedPerson[] }>();

/**
 * The people whose search keys contain the query, in the order of `index`. Typing forward narrows the
 * previous result instead of scanning everyone again (the last result per index is remembered).
 */
export function matchText(index: readonly IndexedPerson[], query: string): IndexedPerson[] {
  const q = normaliseQuery(query);
  if (q === '') return [...index];
  const last = lastMatch.get(index);
  const pool = last && last.q !== '' && q.startsWith(last.q) ? last.result : index;
  const result = pool.filter((p) => p.haystack.includes(q));
  lastMatch.set(index, { q, result });
  return result;
}

/** How many people each option would show, under the other filters (e.g. Talented Speaker · 57). One pass. */
export function facetCounts(textMatched: readonly IndexedPerson[], filters: Pick<Filters, 'roles' | 'years'>, roles: readonly Role[], years: readonly number[]) {
  const role = new Map<Role, number>(roles.map((r) => [r, 0]));
  const year = new Map<number, number>(years.map((y) => [y, 0]));
  const roleHits = new Set<Role>();
  const yearHits = new Set<number>();
  for (const p of textMatched) {
    roleHits.clear();
    yearHits.clear();
    for (const pair of p.pairs) {
      if (filters.years.length === 0 || filters.years.includes(pair.year)) roleHits.add(pair.role);
      if (filters.roles.length === 0 || filters.roles.includes(pair.role)) yearHits.add(pair.year);
    }
    for (const r of roleHits) if (role.has(r)) role.set(r, (role.get(r) ?? 0) + 1);
    for (const y of yearHits) if (year.has(y)) year.set(y, (year.get(y) ?? 0) + 1);
  }
  return { role, year };
}

const collator = new Intl.Collator(['en', 'zh'], { sensitivity: 'base', numeric: true });

export function sortPeople(list: readonly IndexedPerson[], sort: PeopleSort): IndexedPerson[] {
  const byName = (a: IndexedPerson, b: IndexedPerson) => collator.compare(a.person.name, b.person.name);
  const copy = [...list];
  if (sort === 'name') return copy.sort(byName);
  if (sort === 'first-year') return copy.sort((a, b) => a.firstYear - b.firstYear || byName(a, b));
  return copy.sort((a, b) => b.roleCount - a.roleCount || byName(a, b));
}

/** Which single filter, if cleared, would bring people back: the empty state names it. */
export function blockingFilter(index: readonly IndexedPerson[], filters: Filters): 'q' | 'roles' | 'years' | 'all' {
  if (filters.q && filterPeople(index, { ...filters, q: '' }).length > 0) return 'q';
  if (filters.roles.length && filterPeople(index, { ...filters, roles: [] }).length > 0) return 'roles';
  if (filters.years.length && filterPeople(index, { ...filters, years: [] }).length > 0) return 'years';
  return 'all';
}

/** Roles by year for a person: `{ speaker: [2021, 2022], … }` in the order of ROLES. */
export function rolesByYear(person: Person): Map<Role, number[]> {
  const out = new Map<Role, number[]>();
  for (const r of person.roles) {
    const years = out.get(r.role) ?? [];
    if (!years.includes(r.year)) years.push(r.year);
    out.set(r.role, years.sort((a, b) => a - b));
  }
  return out;
}

/** People per role and year, for the stacked bar chart and its table. */
export function roleYearMatrix(index: readonly IndexedPerson[], roles: readonly Role[]) {
  const years = [...new Set(index.flatMap((p) => p.pairs.map((x) => x.year)))].sort((a, b) => a - b);
  return years.map((year) => {
    const row: { year: number } & Partial<Record<Role, number>> = { year };
    for (const role of roles) row[role] = index.filter((p) => p.pairKeys.has(`${role}:${year}`)).length;
    return row;
  });
}
