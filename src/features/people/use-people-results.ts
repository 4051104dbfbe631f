import { useMemo } from 'react';
import {
  blockingFilter,
  facetCounts,
  filterPeople,
  matchText,
  roleYearMatrix,
  sortOrder,
  type PeopleIndex,
} from '@/features/people/lib/filter';
import type { PeopleSearch } from '@/features/people/search-params';

/**
 * What /people shows for its URL: the people in order, the option counts, the chart's matrix (of the
 * same people) and, on an empty list, the filter to blame. Each step is memoised on what it reads, so a
 * keystroke re-runs the text match and what follows it, a sort change only the order and the list.
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
  const order = useMemo(() => sortOrder(index, sort), [index, sort]);
  const hits = useMemo(() => matchText(index, q), [index, q]);
  const people = useMemo(() => filterPeople(index, order, hits, filters), [index, order, hits, filters]);
  const counts = useMemo(() => facetCounts(index, hits, filters), [index, hits, filters]);
  const matrix = useMemo(() => roleYearMatrix(index, hits, filters), [index, hits, filters]);
  const blocker = people.length === 0 ? blockingFilter(index, order, { ...filters, q }) : null;
  const filtered = q.trim() !== '' || filters.roles.length > 0 || filters.years.length > 0;
  return { people, counts, matrix, blocker, filtered };
}

export type PeopleResults = ReturnType<typeof usePeopleResults>;
