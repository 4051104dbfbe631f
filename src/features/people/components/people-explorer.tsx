import { useI18n } from '@/lib/i18n/i18n';
import { clearBlocker, csvFileName, peopleAt } from '@/features/people/lib/explorer';
import type { PeopleList } from '@/features/people/lib/people-list';
import { peopleSearch, type PeopleSearch } from '@/features/people/search-params';
import type { PeopleResults } from '@/features/people/use-people-results';
import { PeopleFilters } from '@/features/people/components/people-filters';
import { PeopleGrid } from '@/features/people/components/people-grid';

/**
 * The results, first on the page: the search box (the page's first control), the filters (beside the
 * list on wide screens, folded behind one button on phones), the result count, the CSV download and the cards. One render per keystroke:
 * filtering 100,000 people takes a few milliseconds (see lib/filter.ts).
 */
export function PeopleExplorer({
  list,
  results,
  search,
  update,
  onType,
  onTypeDone,
  typing,
}: {
  list: PeopleList;
  results: PeopleResults;
  search: PeopleSearch;
  update: (next: Partial<PeopleSearch>) => void;
  /** Typing in the search box (shown at once, written to the URL when typing rests: see `usePeopleSearch`). */
  onType: (q: string) => void;
  /** The reader left the search box or pressed Enter: the URL follows at once. */
  onTypeDone: () => void;
  /** The box shows text the URL does not say yet (see `usePeopleSearch`). */
  typing: boolean;
}) {
  const { t } = useI18n();
  const { people, blocker, counts } = results;
  const { index } = list;
  const title = t('people.list.title');
  return (
    <section id="people-list" aria-labelledby="people-list-title" className="scroll-mt-24">
      <h2 id="people-list-title" className="sr-only">
        {title}
      </h2>
      <div className="grid gap-4 lg:grid-cols-[17rem_minmax(0,1fr)] lg:items-start">
        <PeopleFilters
          search={search}
          years={index.years}
          counts={counts}
          onChange={(next) => update(next)}
          onQuery={onType}
          onQueryDone={onTypeDone}
          onClear={() => update({ roles: [], years: [], q: '' })}
        />
        <div className="min-w-0 space-y-3">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <p role="status" aria-live="polite" className="font-medium">
              {list.complete
                ? t('people.count', { count: people.length, total: index.size })
                : t('people.countLoading', { count: people.length, total: index.size })}
            </p>
            <button
              type="button"
              className="btn-quiet text-sm"
              // The first people of a large file are shown while the rest arrives: the CSV waits for everyone.
              disabled={people.length === 0 || !list.complete}
              onClick={() => {
                const name = csvFileName(peopleSearch.serialize(search));
                // The records may still be in the worker that loaded them: they come in slices first. The
                // CSV's code loads with the click (no first visit needs it).
                void Promise.all([list.dataset(), import('@/features/people/lib/csv-download')]).then(([data, { downloadPeopleCsv }]) =>
                  downloadPeopleCsv(name, peopleAt(data.people, people)),
                );
              }}
            >
              {t('people.csv', { count: people.length })}
            </button>
          </div>
          <div data-results-for={search.q} data-results-sort={search.sort}>
            {blocker ? (
              <div className="card">
                <p className="font-medium">{t(`people.empty.${blocker}`, { q: search.q })}</p>
                <button type="button" className="btn mt-2" onClick={() => update(clearBlocker(blocker))}>
                  {t(`people.empty.clear.${blocker}`)}
                </button>
              </div>
            ) : (
              <PeopleGrid people={people} summary={list.summary} typing={typing} label={title} />
            )}
          </div>
        </div>
      </div>
    </section>
  );
}
