import { use, useCallback, useDeferredValue, useLayoutEffect, useRef } from 'react';
import { usePeople } from '@/features/people/dataset';
import { PeopleByYear } from '@/features/people/components/people-by-year';
import { PeopleExplorer } from '@/features/people/components/people-explorer';
import { PeoplePageNav } from '@/features/people/components/people-page-nav';
import { StatedVsListed } from '@/features/people/components/stated-vs-listed';
import { peopleIndex } from '@/features/people/lib/build-index';
import { ROLES, type Role } from '@/features/people/vocabulary';
import type { PeopleSearch } from '@/features/people/search-params';
import { usePeopleResults } from '@/features/people/use-people-results';
import { usePeopleSearch } from '@/features/people/use-people-search';
import type { View } from '@/lib/url-state';
import { usePage } from '@/app/pages/use-page';

/** /people: results first (search, filters, cards), then the chart of the same people, then stated vs listed. */
export default function PeoplePage() {
  const data = usePeople();
  usePage('people.title', true);
  const { search, update } = usePeopleSearch();
  // Built off the long task (a worker and slices); the route's boundary shows its skeleton meanwhile.
  const index = use(peopleIndex(data.people, ROLES));
  const results = usePeopleResults(index, search);
  // The chart follows the filters a moment after the list, so a keystroke never waits for it.
  const matrix = useDeferredValue(results.matrix);
  const shown = useDeferredValue(results.people.length);
  const filtered = useDeferredValue(results.filtered);
  // The sections get callbacks that never change, so typing does not render the chart again.
  const updateRef = useRef(update);
  useLayoutEffect(() => {
    updateRef.current = update;
  });
  const selectBar = useCallback((role: Role, year: number) => updateRef.current({ roles: [role], years: [year] }), []);
  const setView = useCallback((view: View) => updateRef.current({ view }), []);
  const change = useCallback((next: Partial<PeopleSearch>, replace?: boolean) => updateRef.current(next, replace), []);

  return (
    <div className="space-y-8">
      <PeoplePageNav />
      <PeopleExplorer index={index} results={results} search={search} update={change} />
      <PeopleByYear
        matrix={matrix}
        total={data.people.length}
        shown={shown}
        filtered={filtered}
        years={index.years}
        view={search.view}
        onViewChange={setView}
        onSelect={selectBar}
      />
      <StatedVsListed data={data} />
    </div>
  );
}
