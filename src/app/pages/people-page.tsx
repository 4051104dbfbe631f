import { useCallback, useDeferredValue, useLayoutEffect, useMemo, useRef } from 'react';
import { usePeopleList } from '@/features/people/use-people-list';
import { PeopleByYear } from '@/features/people/components/people-by-year';
import { PeopleExplorer } from '@/features/people/components/people-explorer';
import { PeoplePageNav } from '@/features/people/components/people-page-nav';
import { StatedVsListed } from '@/features/people/components/stated-vs-listed';
import { roleYearMatrix, type RoleYearRow } from '@/features/people/lib/filter';
import type { PeopleList } from '@/features/people/lib/people-list';
import type { Role } from '@/features/people/vocabulary';
import type { PeopleSearch } from '@/features/people/search-params';
import { usePeopleResults } from '@/features/people/use-people-results';
import { usePeopleSearch } from '@/features/people/use-people-search';
import type { View } from '@/lib/url-state';
import { usePage } from '@/app/pages/use-page';
import type { MessageKey } from '@/lib/i18n/en';

/**
 * Stated vs listed needs the file's counts and notes, which come with the whole list (a large file's first people
 * show before it: meanwhile, its skeleton); its distinct people per role and year (`listed`) are counted from the
 * index. Neither needs the records, which a worker keeps until they are asked for (the CSV).
 */
function StatedVsListedOf({ list, listed }: { list: PeopleList; listed: RoleYearRow[] }) {
  return list.facts ? <StatedVsListed data={list.facts} listed={listed} /> : STATED_SKELETON;
}

const STATED_SKELETON = <div id="stated-vs-listed" className="h-64 animate-pulse rounded-lg bg-surface-2" />;

/** The page's introduction, shown under its title (src/app/routes.tsx reads it from the loaded module). @public */
export const intro: MessageKey = 'people.intro';

/** /people: results first (search, filters, cards), then the chart of the same people, then stated vs listed. */
export default function PeoplePage() {
  // Loaded, validated and indexed off the main thread where it can be; the route's boundary shows its skeleton meanwhile.
  const list = usePeopleList();
  usePage('people.title', true);
  const { search, update, type, flush, typing } = usePeopleSearch();
  const { index } = list;
  const results = usePeopleResults(index, search);
  // Everyone per role and year, once per list (here, not in the section: a section waiting for its data renders
  // again with the page, and would count again).
  const everyone = useMemo(() => roleYearMatrix(index), [index]);
  // The chart follows the filters a moment after the list, so a keystroke never waits for it.
  const matrix = useDeferredValue(results.matrix);
  const shown = useDeferredValue(results.people.length);
  const filtered = useDeferredValue(results.filtered);
  // The sections get callbacks that never change, so typing does not render the chart again.
  const updateRef = useRef({ update, type, flush });
  useLayoutEffect(() => {
    updateRef.current = { update, type, flush };
  });
  const selectBar = useCallback((role: Role, year: number) => updateRef.current.update({ roles: [role], years: [year] }), []);
  const setView = useCallback((view: View) => updateRef.current.update({ view }), []);
  const change = useCallback((next: Partial<PeopleSearch>) => updateRef.current.update(next), []);
  const typeQuery = useCallback((q: string) => updateRef.current.type(q), []);
  const typeDone = useCallback(() => updateRef.current.flush(), []);

  return (
    <div className="space-y-8">
      <PeoplePageNav />
      <PeopleExplorer
        list={list}
        results={results}
        search={search}
        update={change}
        onType={typeQuery}
        onTypeDone={typeDone}
        typing={typing}
      />
      <PeopleByYear
        matrix={matrix}
        total={index.size}
        shown={shown}
        filtered={filtered}
        years={index.years}
        view={search.view}
        onViewChange={setView}
        onSelect={selectBar}
      />
      <StatedVsListedOf list={list} listed={everyone} />
    </div>
  );
}
