import { useQuery } from '@tanstack/react-query';
import { lazy, memo, useCallback, useLayoutEffect, useMemo, useRef } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { ChartFigure, type ChartView } from '@/components/charts/chart-figure';
import type { RoleYearRow } from '@/features/people/components/people-chart';
import { Section } from '@/components/layout/section';
import { QueryState } from '@/components/ui/query-state';
import { SourceLink } from '@/components/ui/source-link';
import { PeopleFilters } from '@/features/people/components/people-filters';
import { PeopleGrid } from '@/features/people/components/people-grid';
import { statedVsListed } from '@/features/people/lib/counts';
import { peopleCsv } from '@/features/people/lib/csv';
import { blockingFilter, facetCounts, filterPeople, indexPeople, matchText, roleYearMatrix, sortOrder } from '@/features/people/lib/filter';
import { PEOPLE_FILE, peopleQuery } from '@/features/people/queries';
import { ROLES, type PeopleDataset, type Role } from '@/features/people/schema';
import { parsePeopleSearch, serializePeopleSearch, type PeopleSearch } from '@/features/people/search-params';
import { downloadText } from '@/lib/download';
import { useI18n } from '@/lib/i18n/i18n';
import { paths } from '@/lib/paths';
import { usePage } from './use-page';

const PeopleChart = lazy(() => import('@/features/people/components/people-chart'));

/** The stated-vs-listed table; memoised so that typing in the search box does not re-render it. */
const StatedVsListedSection = memo(function StatedVsListedSection({ data }: { data: PeopleDataset }) {
  const { t, number, l } = useI18n();
  const comparison = useMemo(() => statedVsListed(data), [data]);
  return (
      <Section id="stated-vs-listed" title={t('people.stated.title')}>
      <p className="mb-2 text-sm text-muted">{t('people.stated.explain')}</p>
      <div className="overflow-x-auto">
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('common.year')}</th>
              <th scope="col">{t('people.filter.role')}</th>
              <th scope="col" className="num">{t('people.stated.stated')}</th>
              <th scope="col" className="num">{t('people.stated.rows')}</th>
              <th scope="col" className="num">{t('people.stated.distinct')}</th>
              <th scope="col">{t('people.stated.note')}</th>
            </tr>
          </thead>
          <tbody>
            {comparison.map((row) => {
              const note = data.counts.find((c) => c.role === row.role && c.year === row.year);
              return (
                <tr key={`${row.role}-${row.year}`}>
                  <th scope="row">{row.year}</th>
                  <td>{t(`role.${row.role}`)}</td>
                  <td className="num">{row.stated === null ? t('state.notPublished') : number(row.stated)}</td>
                  <td className="num">{row.listedRows === null ? t('people.stated.imageOnly') : number(row.listedRows)}</td>
                  <td className="num">
                    <Link to={paths.people({ role: [row.role], year: [row.year] })} className="link" preventScrollReset>
                      {number(row.distinct)}
                    </Link>
                  </td>
                  <td className="text-xs">
                    {note?.note && <span>{l(note.note)} </span>}
                    {note && <SourceLink url={note.source} compact />}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </Section>
  );
});

/** People per role and year: the chart and its table. Memoised: typing in the search box does not render it. */
const PeopleByYear = memo(function PeopleByYear({
  matrix,
  total,
  years,
  view,
  onViewChange,
  onSelect,
}: {
  matrix: RoleYearRow[];
  total: number;
  years: readonly number[];
  view: ChartView;
  onViewChange: (view: ChartView) => void;
  onSelect: (role: Role, year: number) => void;
}) {
  const { t, number } = useI18n();
  const chart = useMemo(() => <PeopleChart rows={matrix} roles={ROLES} onSelect={onSelect} />, [matrix, onSelect]);
  return (
    <Section id="people-by-year" title={t('people.chart.title')}>
      <ChartFigure
        id="people-chart"
        title={t('people.chart.title')}
        summary={t('people.chart.summary', { people: total, years: `${years[0] ?? ''}–${years.at(-1) ?? ''}` })}
        view={view}
        onViewChange={onViewChange}
        chart={chart}
        table={
          <div className="overflow-x-auto">
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{t('common.year')}</th>
                  {ROLES.map((role) => (
                    <th key={role} scope="col" className="num">
                      {t(`role.${role}`)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {matrix.map((row) => (
                  <tr key={row.year}>
                    <th scope="row">{row.year}</th>
                    {ROLES.map((role) => (
                      <td key={role} className="num">
                        {row[role] ? (
                          <Link to={paths.people({ role: [role], year: [row.year] })} className="link" preventScrollReset>
                            {number(row[role] ?? 0)}
                          </Link>
                        ) : (
                          '—'
                        )}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        }
      />
    </Section>
  );
});

function PeopleExplorer({ data }: { data: PeopleDataset }) {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const search = parsePeopleSearch(params);
  const index = useMemo(() => indexPeople(data.people, ROLES), [data.people]);
  const { years } = index;
  // One render per keystroke: filtering 100,000 people takes a few milliseconds (see lib/filter.ts),
  // less than splitting the update in two (useDeferredValue) would cost.
  const { q } = search;
  const rolesKey = search.roles.join(',');
  const yearsKey = search.years.join(',');
  const filters = useMemo(
    () => ({ roles: search.roles, years: search.years }),
    // The arrays are re-parsed from the URL on every render; their contents are what matter.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [rolesKey, yearsKey],
  );
  const order = useMemo(() => sortOrder(index, search.sort), [index, search.sort]);
  const hits = useMemo(() => matchText(index, q), [index, q]);
  const filtered = useMemo(() => filterPeople(index, order, hits, filters), [index, order, hits, filters]);
  const counts = useMemo(() => facetCounts(index, hits, filters), [index, hits, filters]);
  const matrix = useMemo(() => roleYearMatrix(index), [index]);
  const update = (next: Partial<PeopleSearch>, replace = false) =>
    setParams(serializePeopleSearch({ ...search, ...next }, params), { replace, preventScrollReset: true });
  // The chart section gets callbacks that never change, so typing does not render it again.
  const updateRef = useRef(update);
  useLayoutEffect(() => {
    updateRef.current = update;
  });
  const selectBar = useCallback((role: Role, year: number) => updateRef.current({ roles: [role], years: [year] }), []);
  const setView = useCallback((view: ChartView) => updateRef.current({ view }), []);
  const clear = () => update({ roles: [], years: [], q: '' });
  const blocker = filtered.length === 0 ? blockingFilter(index, order, { ...filters, q }) : null;

  return (
    <div className="space-y-8">
      <PeopleByYear matrix={matrix} total={data.people.length} years={years} view={search.view} onViewChange={setView} onSelect={selectBar} />

      <Section id="people-list" title={t('people.list.title')}>
        <div className="grid gap-4">
          <PeopleFilters search={search} years={years} counts={counts} onChange={(next) => update(next)} onQuery={(q) => update({ q }, true)} onClear={clear} />
          <div className="flex flex-wrap items-center justify-between gap-2">
            <p role="status" aria-live="polite" className="font-medium">
              {t('people.count', { count: filtered.length, total: data.people.length })}
            </p>
            <button
              type="button"
              className="btn-quiet text-sm"
              disabled={filtered.length === 0}
              onClick={() => downloadText(`people${serializePeopleSearch(search).toString() ? `-${serializePeopleSearch(search).toString().replace(/[^\w,-]+/g, '_')}` : ''}.csv`, peopleCsv(filtered), 'text/csv;charset=utf-8')}
            >
              {t('people.csv', { count: filtered.length })}
            </button>
          </div>
          <div data-results-for={q}>
          {blocker ? (
            <div className="card">
              <p className="font-medium">{t(`people.empty.${blocker}`, { q: search.q })}</p>
              <button
                type="button"
                className="btn mt-2"
                onClick={() => (blocker === 'q' ? update({ q: '' }) : blocker === 'roles' ? update({ roles: [] }) : blocker === 'years' ? update({ years: [] }) : clear())}
              >
                {t(`people.empty.clear.${blocker}`)}
              </button>
            </div>
          ) : (
            <PeopleGrid people={filtered} label={t('people.list.title')} />
          )}
          </div>
        </div>
      </Section>

      <StatedVsListedSection data={data} />
    </div>
  );
}

export default function PeoplePage() {
  const people = useQuery(peopleQuery);
  usePage('people.title', people.isSuccess);
  return (
    <QueryState query={people} file={`data/${PEOPLE_FILE}`}>
      {(data) => <PeopleExplorer data={data} />}
    </QueryState>
  );
}
