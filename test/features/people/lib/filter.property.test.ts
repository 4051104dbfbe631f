import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { peopleAt } from '@/features/people/lib/explorer';
import { facetCounts, filterPeople, indexPeople, matchText, roleYearMatrix, sortOrder, textMatcher } from '@/features/people/lib/filter';
import { normaliseQuery } from '@/features/people/lib/search-keys';
import { ROLES, type Person, type Role } from '@/features/people/schema';
import { SORTS, type PeopleSort } from '@/features/people/search-params';

/** The obvious, slow definitions the column index must agree with. */
const hasText = (p: Person, q: string) =>
  normaliseQuery(q) === '' || p.searchKeys.some((k) => k.replace(/\s+/g, '').includes(normaliseQuery(q)));
const hasPair = (p: Person, roles: readonly Role[], years: readonly number[]) =>
  p.roles.some((r) => (roles.length === 0 || roles.includes(r.role)) && (years.length === 0 || years.includes(r.year)));

const YEARS = [2019, 2020, 2021, 2022, 2023];
const source = 'https://example.org/post';
const personArb = fc.record({
  name: fc.constantFrom('Zhenfei Pei', 'Onur Canoğlu', 'Wei Li', 'Ann', 'Xu Bo', '张三'),
  keys: fc.array(fc.stringMatching(/^[a-z 裴张]{1,8}$/), { minLength: 1, maxLength: 3 }),
  roles: fc.array(fc.record({ role: fc.constantFrom(...ROLES), year: fc.constantFrom(...YEARS) }), { minLength: 1, maxLength: 4 }),
});
const peopleArb = fc.array(personArb, { maxLength: 40 }).map((list) =>
  list.map((p, i): Person => ({
    id: `p-${i}`,
    name: p.name,
    aliases: [],
    roles: p.roles.map((r) => ({ ...r, listedAs: p.name, source })),
    evidence: [],
    notes: [],
    searchKeys: p.keys,
  })),
);
const filtersArb = fc.record({
  q: fc.stringMatching(/^[a-z 裴]{0,3}$/),
  roles: fc.subarray([...ROLES]),
  years: fc.subarray([...YEARS, 2030]),
});

describe('the people index (property-based, against the obvious definitions)', () => {
  it('filters, counts and orders exactly as a plain scan would', () => {
    fc.assert(
      fc.property(peopleArb, filtersArb, fc.constantFrom(...SORTS), (people, filters, sort) => {
        const index = indexPeople(people, ROLES);
        const order = sortOrder(index, sort);
        const hits = matchText(index, filters.q);
        const got = peopleAt(people, filterPeople(index, order, hits, filters));
        const expected = people.filter((p) => hasText(p, filters.q) && hasPair(p, filters.roles, filters.years));
        expect(got.map((p) => p.id).sort()).toEqual(expected.map((p) => p.id).sort());
        // The result keeps the sort order.
        const position = new Map([...order].map((i, at) => [people[i]?.id, at]));
        expect(got.map((p) => position.get(p.id))).toEqual(got.map((p) => position.get(p.id)).sort((a = 0, b = 0) => a - b));

        const counts = facetCounts(index, hits, filters);
        const text = people.filter((p) => hasText(p, filters.q));
        for (const role of ROLES) expect(counts.role.get(role)).toBe(text.filter((p) => hasPair(p, [role], filters.years)).length);
        for (const year of index.years) expect(counts.year.get(year)).toBe(text.filter((p) => hasPair(p, filters.roles, [year])).length);
      }),
      { numRuns: 300 },
    );
  });

  it('counts people per role and year once each, however often they are listed', () => {
    fc.assert(
      fc.property(peopleArb, (people) => {
        const matrix = roleYearMatrix(indexPeople(people, ROLES));
        for (const row of matrix)
          for (const role of ROLES)
            expect(row[role]).toBe(people.filter((p) => p.roles.some((r) => r.role === role && r.year === row.year)).length);
      }),
    );
  });

  it('charts the people the filters leave: their role-years the chosen roles and years allow, every year kept', () => {
    fc.assert(
      fc.property(peopleArb, filtersArb, (people, filters) => {
        const index = indexPeople(people, ROLES);
        const matrix = roleYearMatrix(index, matchText(index, filters.q), filters);
        expect(matrix.map((row) => row.year)).toEqual(index.years);
        const allowed = (role: Role, year: number) =>
          (filters.roles.length === 0 || filters.roles.includes(role)) && (filters.years.length === 0 || filters.years.includes(year));
        for (const row of matrix)
          for (const role of ROLES)
            expect(row[role]).toBe(
              allowed(role, row.year)
                ? people.filter((p) => hasText(p, filters.q) && p.roles.some((r) => r.role === role && r.year === row.year)).length
                : 0,
            );
      }),
      { numRuns: 200 },
    );
  });

  it('sorts by most recent year (then most roles), by number of role-years, or by name', () => {
    const people = (
      [
        {
          name: 'Bo',
          roles: [
            ['speaker', 2022],
            ['member', 2022],
            ['speaker', 2022],
          ],
        },
        { name: 'ann', roles: [['contributor', 2021]] },
        {
          name: 'Cy',
          roles: [
            ['member', 2020],
            ['member', 2023],
          ],
        },
        { name: 'Di', roles: [['member', 2023]] },
        { name: 'user10', roles: [['member', 2021]] },
        { name: 'user9', roles: [['member', 2021]] },
      ] satisfies { name: string; roles: [Role, number][] }[]
    ).map((p, i): Person => ({
      id: `p-${i}`,
      name: p.name,
      aliases: [],
      roles: p.roles.map(([role, year]) => ({ role, year, listedAs: p.name, source })),
      evidence: [],
      notes: [],
      searchKeys: [p.name.toLowerCase()],
    }));
    const index = indexPeople(people, ROLES);
    const names = (sort: PeopleSort) =>
      peopleAt(people, filterPeople(index, sortOrder(index, sort), null, { roles: [], years: [] })).map((p) => p.name);
    // Names collate case-insensitively, numbers by value.
    expect(names('name')).toEqual(['ann', 'Bo', 'Cy', 'Di', 'user9', 'user10']);
    // 2023 first (Cy has two role-years, Di one), then 2022, then 2021 (ties by name).
    expect(names('recent')).toEqual(['Cy', 'Di', 'Bo', 'ann', 'user9', 'user10']);
    // Bo: speaker 2022 counted once, plus member 2022 = 2; Cy: 2; the rest 1; ties by name.
    expect(names('roles')).toEqual(['Bo', 'Cy', 'ann', 'Di', 'user9', 'user10']);
  });

  it('orders as a comparison sort by the same keys would (latest year, distinct role-years, then name rank)', () => {
    fc.assert(
      fc.property(peopleArb, fc.constantFrom(...SORTS), (people, sort) => {
        const index = indexPeople(people, ROLES);
        const latest = (i: number) => Math.max(0, ...(people[i]?.roles.map((r) => r.year) ?? []));
        const roleYears = (i: number) => new Set(people[i]?.roles.map((r) => `${r.role}:${String(r.year)}`)).size;
        const rank = (i: number) => index.nameRank[i] ?? 0;
        const expected = people
          .map((_, i) => i)
          .sort(
            (a, b) =>
              (sort === 'recent' ? latest(b) - latest(a) : 0) || (sort === 'name' ? 0 : roleYears(b) - roleYears(a)) || rank(a) - rank(b),
          );
        expect([...sortOrder(index, sort)]).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('builds every sort order as a permutation of everyone', () => {
    fc.assert(
      fc.property(peopleArb, fc.constantFrom(...SORTS), (people, sort) => {
        const order = sortOrder(indexPeople(people, ROLES), sort);
        expect([...order].sort((a, b) => a - b)).toEqual(people.map((_, i) => i));
      }),
    );
  });

  it('answers a run of keystrokes as a fresh scan does, narrowing or not', () => {
    fc.assert(
      fc.property(peopleArb, fc.array(fc.stringMatching(/^[a-z 裴]{0,4}$/), { maxLength: 8 }), (people, typed) => {
        const index = indexPeople(people, ROLES);
        const match = textMatcher(index);
        // Each query typed on letter by letter, then the next one: narrower, wider and unrelated queries alike.
        for (const query of typed)
          for (let i = 0; i <= query.length; i += 1) expect(match(query.slice(0, i))).toEqual(matchText(index, query.slice(0, i)));
      }),
      { numRuns: 150 },
    );
  });
});
