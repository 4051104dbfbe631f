import { useEffect, useMemo } from 'react';
import { useSettled } from '@/lib/use-settled';
import {
  blockingFilter,
  facetCounts,
  filterPeople,
  textMatcher,
  roleYearMatrix,
  sortOrder,
  type PeopleIndex,
  type RoleYearRow,
} from '@/features/people/lib/filter';
import { SORTS, TYPING_REST_MS, type PeopleSearch, type PeopleSort } from '@/features/people/search-params';

const samePositions = (a: Int32Array, b: Int32Array) => a.length === b.length && a.every((v, i) => v === b[i]);
const sameRows = (a: readonly RoleYearRow[], b: readonly RoleYearRow[]) =>
  a.length === b.length && a.every((row, i) => Object.entries(row).every(([key, v]) => Reflect.get(b[i] ?? {}, key) === v));

/** Each index's orders, built once per sort (a few milliseconds each for 100,000 people). */
const orders = new WeakMap<PeopleIndex, Map<PeopleSort, Int32Array>>();

function orderOf(index: PeopleIndex, sort: PeopleSort): Int32Array {
  let built = orders.get(index);
  if (!built) orders.set(index, (built = new Map<PeopleSort, Int32Array>()));
  let order = built.get(sort);
  if (!order) built.set(sort, (order = sortOrder(index, sort)));
  return order;
}

/**
 * Builds the sorts' orders not built yet, one per idle period, so that choosing another sort only filters. Where
 * the browser cannot say when it is idle, an order is built when chosen.
 */
function useOrdersWhenIdle(index: PeopleIndex) {
  useEffect(() => {
    if (typeof requestIdleCallback !== 'function') return;
    let id = 0;
    const next = () => {
      const sort = SORTS.find((s) => !orders.get(index)?.has(s));
      if (!sort) return;
      orderOf(index, sort);
      id = requestIdleCallback(next);
    };
    id = requestIdleCallback(next);
    return () => cancelIdleCallback(id);
  }, [index]);
}

/**
 * A function that hands back its previous answer while a new one equals it: a keystroke that leaves the same
 * people keeps the same list (the grid, memoised, does nothing) and the same chart rows (the chart does not
 * redraw). A closure rather than state set during render: that would render the page twice per keystroke,
 * and each `useMemo` of the second pass (the text scan among them) would run again.
 */
function keeper<T>(equal: (a: T, b: T) => boolean): (value: T) => T {
  let kept: { value: T } | null = null;
  return (value) => {
    if (kept && (kept.value === value || equal(kept.value, value))) return kept.value;
    kept = { value };
    return value;
  };
}

/**
 * What /people shows for its URL: the people in order, the option counts, the chart's matrix (of the
 * same people) and, on an empty list, the filter to blame. Each step is memoised on what it reads, so a
 * keystroke re-runs the text match and what follows it, a sort change only the order and the list. The
 * list answers the keystroke; the option counts and the chart's matrix follow one deferred render later
 * (the next keystroke may interrupt it), so typing waits only for the list.
 */
export function usePeopleResults(index: PeopleIndex, search: PeopleSearch) {
  const { q, sort } = search;
  const rolesKey = search.roles.join(',');
  const yearsKey = search.years.join(',');
  const filters = useMemo(
    () => ({ roles: search.roles, years: search.years }),
    // The arrays are re-parsed from the URL on every render; their contents are what matter.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [rolesKey, yearsKey],
  );
  const order = useMemo(() => orderOf(index, sort), [index, sort]);
  useOrdersWhenIdle(index);
  // Typing on narrows the previous answer rather than searching everyone again.
  const match = useMemo(() => textMatcher(index), [index]);
  const hits = useMemo(() => match(q), [match, q]);
  const keepPeople = useMemo(() => keeper(samePositions), []);
  const people = useMemo(() => keepPeople(filterPeople(index, order, hits, filters)), [keepPeople, index, order, hits, filters]);
  // While typing, the facet counts and the chart's rows follow the text once it rests: between keystrokes the
  // list alone is drawn. A filter or a new list (the rest of a large file) applies at once.
  const settled = useSettled(
    useMemo(() => ({ index, hits }), [index, hits]),
    TYPING_REST_MS,
  );
  const laterHits = settled.index === index ? settled.hits : hits;
  const counts = useMemo(() => facetCounts(index, laterHits, filters), [index, laterHits, filters]);
  const keepRows = useMemo(() => keeper(sameRows), []);
  const matrix = useMemo(() => keepRows(roleYearMatrix(index, laterHits, filters)), [keepRows, index, laterHits, filters]);
  const blocker = people.length === 0 ? blockingFilter(index, order, { ...filters, q }) : null;
  const filtered = q.trim() !== '' || filters.roles.length > 0 || filters.years.length > 0;
  return { people, counts, matrix, blocker, filtered };
}

export type PeopleResults = ReturnType<typeof usePeopleResults>;
