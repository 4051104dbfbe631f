import type { Person, Role } from '@/features/people/schema';
import { normaliseQuery } from '@/features/people/lib/search-keys';
import type { PeopleSearch, PeopleSort } from '@/features/people/search-params';

/**
 * Everyone, prepared once for filtering 100,000 people per keystroke: the data lives in flat columns
 * indexed by a person's position in `people`, not in an object per person, so a keystroke reads
 * contiguous memory. Search keys (without spaces) are joined into one `text` that one native
 * `indexOf` scan searches; role-year pairs are small integers (role slot × number of years + year slot).
 */
export type PeopleIndex = {
  /** How many people: positions 0 … size - 1, in the file's order. */
  size: number;
  roles: readonly Role[];
  years: readonly number[];
  /** Every person's keys, `\u0001` between keys, `\u0000` after each person; person i starts at starts[i]. */
  text: string;
  starts: Int32Array;
  /** Person i's distinct pairs are pairs[pairStart[i]] … pairs[pairStart[i + 1] - 1]. */
  pairStart: Int32Array;
  pairs: Int32Array;
  /** Each person's latest year, and their rank in name order (collated once; other sorts compare integers). */
  lastYear: Int32Array;
  nameRank: Int32Array;
};

export function indexPeople(people: readonly Person[], roles: readonly Role[]): PeopleIndex {
  const builder = indexBuilder(people, roles);
  builder.step(people.length);
  return builder.finish(nameRanks(people.map((p) => p.name)));
}

/**
 * Builds the index a slice at a time (`step(count)`), so a caller can yield to the browser between
 * slices; `finish` takes the name ranks, which may come from a worker. `indexPeople` runs it in one go.
 */
export function indexBuilder(people: readonly Person[], roles: readonly Role[]) {
  const yearSet = new Set<number>();
  for (const p of people) for (const r of p.roles) yearSet.add(r.year);
  const years = [...yearSet].sort((a, b) => a - b);
  const roleSlot = new Map(roles.map((r, i) => [r, i]));
  const yearSlot = new Map(years.map((y, i) => [y, i]));
  const stride = years.length;
  const n = people.length;
  const starts = new Int32Array(n + 1);
  const pairStart = new Int32Array(n + 1);
  const lastYear = new Int32Array(n);
  const codes: number[] = [];
  const keys: string[] = [];
  let at = 0;
  let next = 0;
  return {
    /** Indexes up to `count` more people; true when everyone is done. */
    step(count: number): boolean {
      const end = Math.min(n, next + count);
      for (let i = next; i < end; i += 1) {
        const person = people[i];
        if (!person) continue;
        let own = '';
        for (const key of person.searchKeys) own += (own ? '\u0001' : '') + key.replace(/\s+/g, '');
        keys.push(own);
        starts[i] = at;
        at += own.length + 1;
        pairStart[i] = codes.length;
        const first = codes.length;
        let last = 0;
        for (const r of person.roles) {
          const rs = roleSlot.get(r.role);
          const ys = yearSlot.get(r.year);
          if (r.year > last) last = r.year;
          if (rs === undefined || ys === undefined) continue;
          const code = rs * stride + ys;
          // A person has a handful of role-years: a scan beats a Set.
          if (!codes.includes(code, first)) codes.push(code);
        }
        lastYear[i] = last;
      }
      next = end;
      return next >= n;
    },
    finish(nameRank: Int32Array): PeopleIndex {
      starts[n] = at;
      pairStart[n] = codes.length;
      return {
        size: n,
        roles,
        years,
        text: keys.join('\u0000') + '\u0000',
        starts,
        pairStart,
        pairs: Int32Array.from(codes),
        lastYear,
        nameRank,
      };
    },
  };
}

/** Letters and spaces only: under the collator these sort as their lower case does (space first). */
const PLAIN = /^[A-Za-z ]*$/;
/** Accents (combining marks), which the collator weighs only below `sensitivity: 'base'`. */
const ACCENTS = /[\u0300-\u036f]/g;

/** A name's key where plain code-unit order of keys is the collator's order (`Müller` → `muller`); else null. */
function plainKey(name: string): string | null {
  if (PLAIN.test(name)) return name.toLowerCase();
  const bare = name.normalize('NFD').replace(ACCENTS, '');
  return PLAIN.test(bare) ? bare.toLowerCase() : null;
}

/** What `plainKey` assumes of the collator, checked once (an engine whose collation differs sorts everything with it). */
function plainOrderHolds(collator: Intl.Collator): boolean {
  const pairs: [string, string, number][] = [
    ['a b', 'ab', -1],
    ['ab', 'abc', -1],
    ['Ab', 'ab', 0],
    ['Müller', 'Muller', 0],
    ['Mz', 'Mü', 1],
    ['z', 'a', 1],
  ];
  return pairs.every(([a, b, sign]) => Math.sign(collator.compare(a, b)) === sign);
}

/**
 * Everyone's rank in name order (the collator's, ties by position): the one collated sort, done once per
 * dataset. Names of letters and spaces (accents aside) are most names: they are grouped by their key and
 * the keys sorted natively; only the others go through the collator, which places each among the first by
 * binary search.
 */
export function nameRanks(names: readonly string[]): Int32Array {
  const collator = new Intl.Collator(['en', 'zh'], { sensitivity: 'base', numeric: true });
  const compare = (a: number, b: number) => collator.compare(names[a] ?? '', names[b] ?? '') || a - b;
  const n = names.length;
  const rank = new Int32Array(n);
  if (!plainOrderHolds(collator)) {
    Int32Array.from(names, (_, i) => i)
      .sort(compare)
      .forEach((person, at) => (rank[person] = at));
    return rank;
  }
  // Plain names grouped by key (positions in order; names repeat), the keys sorted natively.
  const groups = new Map<string, number[]>();
  const others: number[] = [];
  for (let i = 0; i < n; i += 1) {
    const key = plainKey(names[i] ?? '');
    if (key === null) others.push(i);
    else {
      const group = groups.get(key);
      if (group) group.push(i);
      else groups.set(key, [i]);
    }
  }
  const plain = new Int32Array(n - others.length);
  let filled = 0;
  for (const key of [...groups.keys()].sort()) for (const i of groups.get(key) ?? []) plain[filled++] = i;
  others.sort(compare);
  let at = 0;
  let from = 0;
  for (const other of others) {
    // The first plain name after `other`, at or after where the previous one went.
    let lo = from;
    let hi = plain.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (compare(plain[mid] ?? 0, other) < 0) lo = mid + 1;
      else hi = mid;
    }
    for (; from < lo; from += 1) rank[plain[from] ?? 0] = at++;
    rank[other] = at++;
  }
  for (; from < plain.length; from += 1) rank[plain[from] ?? 0] = at++;
  return rank;
}

type Filters = Pick<PeopleSearch, 'roles' | 'years' | 'q'>;

/**
 * The people whose search keys contain the query, as positions in increasing order; null when the query is
 * empty (everyone). Positions rather than a flag per person: a keystroke allocates what it found, not 100,000
 * flags, and what follows it (the list, the counts, the chart) reads only those people.
 */
export type TextHits = Int32Array | null;

/**
 * Each index's reusable work space, one slot per person: a keystroke fills it and copies out only what it
 * found, so typing does not allocate (and the garbage collector does not reclaim) a few hundred KB per key.
 */
type Scratch = { positions: Int32Array; mark: Int32Array; stamp: number };
const scratches = new WeakMap<PeopleIndex, Scratch>();

function scratchOf(index: PeopleIndex): Scratch {
  let scratch = scratches.get(index);
  if (!scratch) scratches.set(index, (scratch = { positions: new Int32Array(index.size), mark: new Int32Array(index.size), stamp: 0 }));
  return scratch;
}

/** One scan of the joined keys; after a hit it skips to the next person. About 1 ms for 100,000 people. */
export function matchText(index: PeopleIndex, query: string): TextHits {
  const q = normaliseQuery(query);
  return q === '' ? null : scanText(index, q);
}

/** The people whose keys contain `q` (normalised, not empty), as positions in order. */
function scanText(index: PeopleIndex, q: string): Int32Array {
  const { text, starts } = index;
  const n = index.size;
  const found = scratchOf(index).positions;
  let count = 0;
  let from = 0;
  let low = 0;
  for (;;) {
    const at = text.indexOf(q, from);
    if (at < 0) break;
    // The person whose keys hold `at`: hits come in increasing order, so search from the last one, in steps
    // that double (a common letter's hits are a few people apart), then by halves.
    let lo = low;
    let step = 1;
    while (lo + step < n && (starts[lo + step] ?? 0) <= at) {
      lo += step;
      step *= 2;
    }
    let hi = Math.min(n, lo + step);
    while (lo < hi - 1) {
      const mid = (lo + hi) >> 1;
      if ((starts[mid] ?? 0) <= at) lo = mid;
      else hi = mid;
    }
    found[count++] = lo;
    low = lo;
    from = starts[lo + 1] ?? text.length;
  }
  return found.slice(0, count);
}

/** Below this share of everyone, a narrower query searches only the previous query's people. */
const NARROW = 1 / 8;

/**
 * `matchText` that remembers its last answer. A query that contains the previous one (typing on) matches
 * only people the previous one matched, so when those are few only their keys are searched, not everyone's.
 */
export function textMatcher(index: PeopleIndex): (query: string) => TextHits {
  let last: { q: string; people: Int32Array } | null = null;
  const { text, starts } = index;
  return (query) => {
    const q = normaliseQuery(query);
    if (q === '') return null;
    const people =
      last && q.includes(last.q) && last.people.length < index.size * NARROW
        ? last.people.filter((i) => text.slice(starts[i] ?? 0, starts[i + 1] ?? 0).includes(q))
        : scanText(index, q);
    last = { q, people };
    return people;
  };
}

/** The chosen roles and years as flags per slot. */
function selection(index: PeopleIndex, filters: Pick<Filters, 'roles' | 'years'>) {
  const roleSel = Uint8Array.from(index.roles, (r) => (filters.roles.includes(r) ? 1 : 0));
  const yearSel = Uint8Array.from(index.years, (y) => (filters.years.includes(y) ? 1 : 0));
  // A chosen year that nobody has still filters (to nobody), as the user asked.
  return { roleSel, yearSel, anyRole: filters.roles.length > 0, anyYear: filters.years.length > 0, stride: index.years.length };
}

/**
 * Positions of everyone in the order of a sort; computed once per sort, then filtered per keystroke.
 * The name order is ranked once (`nameRank`). The other sorts' keys are small integers (a person's latest
 * year is one of the index's years, their role-years at most roles × years), so everyone is placed by a
 * counting sort taken in name order, which keeps name order within a key: O(n), no comparisons.
 */
export function sortOrder(index: PeopleIndex, sort: PeopleSort): Int32Array {
  const { lastYear, pairStart, nameRank, years } = index;
  const n = index.size;
  const byName = new Int32Array(n);
  for (let i = 0; i < n; i += 1) byName[nameRank[i] ?? 0] = i;
  if (sort === 'name') return byName;
  // Most role-years first: `fewer` is 0 for the most. Most recent first: `older` is 0 for the latest year,
  // years.length for someone without a year.
  const yearSlot = new Map(years.map((y, slot) => [y, slot]));
  let maxRoles = 0;
  for (let i = 0; i < n; i += 1) maxRoles = Math.max(maxRoles, (pairStart[i + 1] ?? 0) - (pairStart[i] ?? 0));
  const span = maxRoles + 1;
  const key = new Int32Array(n);
  for (let i = 0; i < n; i += 1) {
    const fewer = maxRoles - ((pairStart[i + 1] ?? 0) - (pairStart[i] ?? 0));
    const older = sort === 'recent' ? years.length - 1 - (yearSlot.get(lastYear[i] ?? 0) ?? -1) : 0;
    key[i] = older * span + fewer;
  }
  const start = new Int32Array((years.length + 1) * span + 1);
  for (let i = 0; i < n; i += 1) {
    const k = (key[i] ?? 0) + 1;
    start[k] = (start[k] ?? 0) + 1;
  }
  for (let k = 1; k < start.length; k += 1) start[k] = (start[k] ?? 0) + (start[k - 1] ?? 0);
  const order = new Int32Array(n);
  for (let at = 0; at < n; at += 1) {
    const i = byName[at] ?? 0;
    const k = key[i] ?? 0;
    order[start[k] ?? 0] = i;
    start[k] = (start[k] ?? 0) + 1;
  }
  return order;
}

/**
 * The positions, in `order`, of the people who match the text and have a chosen role in a chosen year
 * (any, where none is chosen). Positions, not records: the list turns the few it shows into cards.
 */
export function filterPeople(index: PeopleIndex, order: Int32Array, hits: TextHits, filters: Pick<Filters, 'roles' | 'years'>): Int32Array {
  const { pairStart, pairs } = index;
  const { roleSel, yearSel, anyRole, anyYear, stride } = selection(index, filters);
  const everyone = !hits && !anyRole && !anyYear;
  // Everyone: the order itself, so that clearing the search box gives back the very list it showed.
  if (everyone) return order;
  const scratch = scratchOf(index);
  const out = scratch.positions;
  // The text's people are marked with a fresh stamp (no clearing, no flags allocated per keystroke).
  const { mark } = scratch;
  if (hits && scratch.stamp === 0x7fffffff) {
    mark.fill(0);
    scratch.stamp = 0;
  }
  const stamp = hits ? (scratch.stamp += 1) : 0;
  if (hits) for (const i of hits) mark[i] = stamp;
  let count = 0;
  for (let o = 0, n = order.length; o < n; o += 1) {
    const i = order[o] ?? 0;
    if (hits && mark[i] !== stamp) continue;
    let keep = !anyRole && !anyYear;
    for (let k = pairStart[i] ?? 0, end = pairStart[i + 1] ?? 0; !keep && k < end; k += 1) {
      const code = pairs[k] ?? 0;
      keep = (!anyRole || roleSel[(code / stride) | 0] === 1) && (!anyYear || yearSel[code % stride] === 1);
    }
    if (keep) out[count++] = i;
  }
  return out.slice(0, count);
}

export type FacetCounts = { role: ReadonlyMap<Role, number>; year: ReadonlyMap<number, number> };

/**
 * How many people each option would show under the text and the other filters (Talented Speaker · 57):
 * a role counts the people with that role in a chosen year, a year the people with a chosen role that
 * year. One pass over the columns.
 */
export function facetCounts(index: PeopleIndex, hits: TextHits, filters: Pick<Filters, 'roles' | 'years'>): FacetCounts {
  const { pairStart, pairs } = index;
  const { roleSel, yearSel, anyRole, anyYear, stride } = selection(index, filters);
  const roleCount = new Int32Array(index.roles.length);
  const yearCount = new Int32Array(index.years.length);
  // A stamp per slot counts each person once per option without allocating per person.
  const roleStamp = new Int32Array(index.roles.length).fill(-1);
  const yearStamp = new Int32Array(index.years.length).fill(-1);
  for (let h = 0, n = hits ? hits.length : index.size; h < n; h += 1) {
    const i = hits ? (hits[h] ?? 0) : h;
    for (let k = pairStart[i] ?? 0, end = pairStart[i + 1] ?? 0; k < end; k += 1) {
      const code = pairs[k] ?? 0;
      const r = (code / stride) | 0;
      const y = code % stride;
      if ((!anyYear || yearSel[y] === 1) && roleStamp[r] !== i) {
        roleStamp[r] = i;
        roleCount[r] = (roleCount[r] ?? 0) + 1;
      }
      if ((!anyRole || roleSel[r] === 1) && yearStamp[y] !== i) {
        yearStamp[y] = i;
        yearCount[y] = (yearCount[y] ?? 0) + 1;
      }
    }
  }
  return {
    role: new Map(index.roles.map((r, i) => [r, roleCount[i] ?? 0])),
    year: new Map(index.years.map((y, i) => [y, yearCount[i] ?? 0])),
  };
}

/** Which single filter, if cleared, would bring people back: the empty state names it. */
export function blockingFilter(index: PeopleIndex, order: Int32Array, filters: Filters): 'q' | 'roles' | 'years' | 'all' {
  const hits = matchText(index, filters.q);
  if (filters.q && filterPeople(index, order, null, filters).length > 0) return 'q';
  if (filters.roles.length && filterPeople(index, order, hits, { ...filters, roles: [] }).length > 0) return 'roles';
  if (filters.years.length && filterPeople(index, order, hits, { ...filters, years: [] }).length > 0) return 'years';
  return 'all';
}

/** A role in a year, as the list needs it (a full record's role entries are these and more). */
export type RoleYear = { readonly role: Role; readonly year: number };

/** Roles by year for a person: `{ speaker: [2021, 2022], … }` in the order they are listed. */
export function rolesByYear(person: { readonly roles: readonly RoleYear[] }): Map<Role, number[]> {
  const out = new Map<Role, number[]>();
  for (const r of person.roles) {
    const years = out.get(r.role) ?? [];
    if (!years.includes(r.year)) years.push(r.year);
    out.set(
      r.role,
      years.sort((a, b) => a - b),
    );
  }
  return out;
}

/** One year's people per role: a row of the people chart and its table. */
export type RoleYearRow = { year: number } & Partial<Record<Role, number>>;

/**
 * People per role and year, for the stacked bar chart and its table: the people the text matches, and
 * of their role-years those the chosen roles and years allow (all, where none is chosen). One pass.
 * Every year of the data keeps its row, so the axis stays put while filtering.
 */
export function roleYearMatrix(
  index: PeopleIndex,
  hits: TextHits = null,
  filters: Pick<Filters, 'roles' | 'years'> = { roles: [], years: [] },
): RoleYearRow[] {
  const { pairStart, pairs } = index;
  const { roleSel, yearSel, anyRole, anyYear, stride } = selection(index, filters);
  const counts = new Int32Array(index.roles.length * stride);
  for (let h = 0, n = hits ? hits.length : index.size; h < n; h += 1) {
    const i = hits ? (hits[h] ?? 0) : h;
    for (let k = pairStart[i] ?? 0, end = pairStart[i + 1] ?? 0; k < end; k += 1) {
      const code = pairs[k] ?? 0;
      if ((!anyRole || roleSel[(code / stride) | 0] === 1) && (!anyYear || yearSel[code % stride] === 1))
        counts[code] = (counts[code] ?? 0) + 1;
    }
  }
  return index.years.map((year, y) => {
    const row: RoleYearRow = { year };
    index.roles.forEach((role, r) => (row[role] = counts[r * stride + y] ?? 0));
    return row;
  });
}
