import type { Person, Role } from '../schema';
import { normaliseQuery } from './search-keys';
import type { PeopleSearch, PeopleSort } from '../search-params';

/** A person prepared once for fast filtering: search keys joined without spaces, role-year pairs as a set. */
export type IndexedPerson = { person: Person; haystack: string; pairs: Set<string>; firstYear: number; roleCount: number };

export function indexPeople(people: readonly Person[]): IndexedPerson[] {
  return people.map((person) => {
    const pairs = new Set(person.roles.map((r) => `${r.role}:${r.year}`));
    return {
      person,
      haystack: person.searchKeys.map((k) => k.replace(/\s+/g, '')).join('\u0001'),
      pairs,
      firstYear: Math.min(...person.roles.map((r) => r.year)),
      roleCount: pairs.size,
    };
  });
}

type Filters = Pick<PeopleSearch, 'roles' | 'years' | 'q'>;

function matchesRoleYear(p: IndexedPerson, roles: readonly Role[], years: readonly number[]): boolean {
  if (roles.length === 0 && years.length === 0) return true;
  for (const pair of p.pairs) {
    const [role, year] = pair.split(':');
    if ((roles.length === 0 || roles.some((r) => r === role)) && (years.length === 0 || years.includes(Number(year)))) return true;
  }
  return false;
}

export function filterPeople(index: readonly IndexedPerson[], filters: Filters): IndexedPerson[] {
  const q = normaliseQuery(filters.q);
  return index.filter((p) => (q === '' || p.haystack.includes(q)) && matchesRoleYear(p, filters.roles, filters.years));
}

/** How many people each option would show, under the other filters (e.g. Talented Speaker · 57). */
export function facetCounts(index: readonly IndexedPerson[], filters: Filters, roles: readonly Role[], years: readonly number[]) {
  const q = normaliseQuery(filters.q);
  const textMatches = q === '' ? index : index.filter((p) => p.haystack.includes(q));
  const role = new Map<Role, number>(roles.map((r) => [r, textMatches.filter((p) => matchesRoleYear(p, [r], filters.years)).length]));
  const year = new Map<number, number>(years.map((y) => [y, textMatches.filter((p) => matchesRoleYear(p, filters.roles, [y])).length]));
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
  const years = [...new Set(index.flatMap((p) => [...p.pairs].map((x) => Number(x.split(':')[1]))))].sort((a, b) => a - b);
  return years.map((year) => {
    const row: { year: number } & Partial<Record<Role, number>> = { year };
    for (const role of roles) row[role] = index.filter((p) => p.pairs.has(`${role}:${year}`)).length;
    return row;
  });
}
