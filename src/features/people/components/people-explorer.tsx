import { useMemo } from 'react';
import { Section } from '@/components/layout/section';
import { downloadText } from '@/lib/download';
import { useI18n } from '@/lib/i18n/i18n';
import { peopleCsv } from '../lib/csv';
import { clearBlocker, csvFileName } from '../lib/explorer';
import { blockingFilter, facetCounts, filterPeople, matchText, type PeopleIndex } from '../lib/filter';
import { peopleSearch, type PeopleSearch } from '../search-params';
import { PeopleFilters } from './people-filters';
import { PeopleGrid } from './people-grid';

/**
 * The filters, the result count, the CSV download and the grid. One render per keystroke: filtering
 * 100,000 people takes a few milliseconds (see lib/filter.ts), less than splitting the update in two
 * (useDeferredValue) would cost.
 */
export function PeopleExplorer({
  index,
  order,
  search,
  update,
}: {
  index: PeopleIndex;
  order: Int32Array;
  search: PeopleSearch;
  update: (next: Partial<PeopleSearch>, replace?: boolean) => void;
}) {
  const { t } = useI18n();
  const { q } = search;
  const rolesKey = search.roles.join(',');
  const yearsKey = search.years.join(',');
  const filters = useMemo(
    () => ({ roles: search.roles, years: search.years }),
    // The arrays are re-parsed from the URL on every render; their contents are what matter.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [rolesKey, yearsKey],
  );
  const hits = useMemo(() => matchText(index, q), [index, q]);
  const filtered = useMemo(() => filterPeople(index, order, hits, filters), [index, order, hits, filters]);
  const counts = useMemo(() => facetCounts(index, hits, filters), [index, hits, filters]);
  const clear = () => update({ roles: [], years: [], q: '' });
  const blocker = filtered.length === 0 ? blockingFilter(index, order, { ...filters, q }) : null;
  const total = index.people.length;

  return (
    <Section id="people-list" title={t('people.list.title')}>
      <div className="grid gap-4">
        <PeopleFilters search={search} years={index.years} counts={counts} onChange={(next) => update(next)} onQuery={(text) => update({ q: text }, true)} onClear={clear} />
        <div className="flex flex-wrap items-center justify-between gap-2">
          <p role="status" aria-live="polite" className="font-medium">
            {t('people.count', { count: filtered.length, total })}
          </p>
          <button
            type="button"
            className="btn-quiet text-sm"
            disabled={filtered.length === 0}
            onClick={() => downloadText(csvFileName(peopleSearch.serialize(search)), peopleCsv(filtered), 'text/csv;charset=utf-8')}
          >
            {t('people.csv', { count: filtered.length })}
          </button>
        </div>
        <div data-results-for={q}>
          {blocker ? (
            <div className="card">
              <p className="font-medium">{t(`people.empty.${blocker}`, { q })}</p>
              <button type="button" className="btn mt-2" onClick={() => update(clearBlocker(blocker))}>
                {t(`people.empty.clear.${blocker}`)}
              </button>
            </div>
          ) : (
            <PeopleGrid people={filtered} label={t('people.list.title')} />
          )}
        </div>
      </div>
    </Section>
  );
}
