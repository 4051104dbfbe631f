import { lazy, memo, useMemo } from 'react';
import { Link } from 'react-router-dom';
import { ChartContainer, ChartLegend } from '@/components/charts/chart-container';
import { Section } from '@/components/layout/section';
import { DataTable, type Column } from '@/components/ui/data-table';
import { useI18n } from '@/lib/i18n/i18n';
import type { View } from '@/lib/url-state';
import { roleChartConfig } from '@/features/people/lib/chart-config';
import type { RoleYearRow } from '@/features/people/lib/filter';
import { ROLES, type Role } from '@/features/people/vocabulary';
import { peopleHref } from '@/features/people/search-params';

export type PeopleByYearProps = {
  matrix: readonly RoleYearRow[];
  total: number;
  /** The people the filters leave, whom the chart counts. */
  shown: number;
  filtered: boolean;
  years: readonly number[];
  view: View;
  onViewChange: (view: View) => void;
  onSelect: (role: Role, year: number) => void;
};

const PeopleChart = lazy(() => import('@/features/people/components/people-chart'));

/**
 * People per role and year, of the people the filters leave: the chart and its table. Memoised, and
 * given a deferred matrix by the page, so the list answers a keystroke before the chart redraws.
 */
export const PeopleByYearSection = memo(function PeopleByYearSection({
  matrix,
  total,
  shown,
  filtered,
  years,
  view,
  onViewChange,
  onSelect,
}: PeopleByYearProps) {
  const { t, number } = useI18n();
  const config = useMemo(() => roleChartConfig((role) => t(`role.${role}`)), [t]);
  const chart = useMemo(() => <PeopleChart rows={matrix} roles={ROLES} config={config} onSelect={onSelect} />, [matrix, config, onSelect]);
  const columns = useMemo<Column<RoleYearRow>[]>(
    () => [
      { key: 'year', header: t('common.year'), rowHeader: true, cell: (row) => row.year },
      ...ROLES.map((role): Column<RoleYearRow> => ({
        key: role,
        header: config[role].label,
        numeric: true,
        cell: (row) => {
          const count = row[role] ?? 0;
          return count ? (
            <Link to={peopleHref({ roles: [role], years: [row.year] })} className="link" preventScrollReset>
              {number(count)}
            </Link>
          ) : (
            '—'
          );
        },
      })),
    ],
    [t, number, config],
  );
  const title = t('people.chart.title');
  const span = `${years[0] ?? ''}–${years.at(-1) ?? ''}`;
  return (
    <Section id="people-by-year" title={title}>
      <ChartContainer
        id="people-chart"
        title={title}
        summary={
          filtered
            ? t('people.chart.summaryFiltered', { count: shown, total, years: span })
            : t('people.chart.summary', { people: total, years: span })
        }
        view={view}
        onViewChange={onViewChange}
        chart={chart}
        legend={<ChartLegend config={config} keys={ROLES} />}
        atDefault={!filtered}
        table={<DataTable caption={title} columns={columns} rows={matrix} rowKey={(row) => String(row.year)} />}
      />
    </Section>
  );
});
