import { useCallback, useLayoutEffect, useMemo, useRef } from 'react';
import { usePeople } from '@/features/people/dataset';
import { PeopleByYear } from '@/features/people/components/people-by-year';
import { PeopleExplorer } from '@/features/people/components/people-explorer';
import { StatedVsListed } from '@/features/people/components/stated-vs-listed';
import { indexPeople, roleYearMatrix, sortOrder } from '@/features/people/lib/filter';
import { ROLES, type Role } from '@/features/people/schema';
import type { PeopleSearch } from '@/features/people/search-params';
import { usePeopleSearch } from '@/features/people/use-people-search';
import type { View } from '@/lib/url-state';
import { usePage } from './use-page';

/** /people: the chart of people per role and year, the explorer (filters, count, grid), stated vs listed. */
export default function PeoplePage() {
  const data = usePeople();
  usePage('people.title', true);
  const { search, update } = usePeopleSearch();
  const index = useMemo(() => indexPeople(data.people, ROLES), [data.people]);
  const order = useMemo(() => sortOrder(index, search.sort), [index, search.sort]);
  const matrix = useMemo(() => roleYearMatrix(index), [index]);
  // The chart section gets callbacks that never change, so typing does not render it again.
  const updateRef = useRef(update);
  useLayoutEffect(() => {
    updateRef.current = update;
  });
  const selectBar = useCallback((role: Role, year: number) => updateRef.current({ roles: [role], years: [year] }), []);
  const setView = useCallback((view: View) => updateRef.current({ view }), []);
  const change = useCallback((next: Partial<PeopleSearch>, replace?: boolean) => updateRef.current(next, replace), []);

  return (
    <div className="space-y-8">
      <PeopleByYear matrix={matrix} total={data.people.length} years={index.years} view={search.view} onViewChange={setView} onSelect={selectBar} />
      <PeopleExplorer index={index} order={order} search={search} update={change} />
      <StatedVsListed data={data} />
    </div>
  );
}
