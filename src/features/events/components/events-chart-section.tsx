import { lazy, memo, useMemo } from 'react';
import { ChartContainer, ChartLegend } from '@/components/charts/chart-container';
import type { ChartConfig } from '@/components/charts/chart-config';
import { Section } from '@/components/layout/section';
import { DataTable, type Column } from '@/components/ui/data-table';
import { useI18n } from '@/lib/i18n/i18n';
import { publishedCount } from '@/lib/i18n/published-count';
import type { View } from '@/lib/url-state';
import {
  cellFigure,
  chartRows,
  EVENTS_SERIES,
  countsByYearAndType,
  shortestListYear,
  type EventsSeries,
  type YearCounts,
} from '@/features/events/lib/counts';
import type { EventsDataset } from '@/features/events/schema';
import { EVENT_TYPES } from '@/features/events/vocabulary';
import { EVENTS_SECTION_IDS } from '@/features/events/sections';

const EventsChart = lazy(() => import('@/features/events/components/events-chart'));

/**
 * Events per year: what the posts state beside what is listed one by one (a chart of the two, whose summary
 * says that a shorter list is not fewer events), or a table of both with every type's figures.
 */
export const EventsChartSection = memo(function EventsChartSection({
  data,
  view,
  onChange,
}: {
  data: EventsDataset;
  view: View;
  onChange: (next: { view: View }) => void;
}) {
  const { t, number } = useI18n();
  const counts = useMemo(() => countsByYearAndType(data, EVENT_TYPES), [data]);
  const rows = useMemo(() => chartRows(counts), [counts]);
  const years = counts.map((c) => c.year);
  const config: ChartConfig<EventsSeries> = {
    stated: { label: t('events.series.stated'), colour: 'chart-1' },
    listed: { label: t('events.series.listed'), colour: 'chart-2' },
  };
  const totals = new Map(rows.map((r) => [r.year, r]));
  const columns: Column<YearCounts>[] = [
    { key: 'year', header: t('common.year'), rowHeader: true, cell: (c) => String(c.year) },
    {
      key: 'stated',
      header: t('events.stated.stated'),
      numeric: true,
      cell: (c) => publishedCount({ t, number }, totals.get(c.year)?.stated ?? null),
    },
    { key: 'listed', header: t('events.stated.listed'), numeric: true, cell: (c) => number(totals.get(c.year)?.listed ?? 0) },
    ...EVENT_TYPES.map((type, i): Column<YearCounts> => ({
      key: type,
      header: t(`eventType.${type}`),
      numeric: true,
      cell: (c) => {
        const count = c.byType[i];
        const figure = count ? cellFigure(count) : null;
        // Both figures on two lines, so that the table of every type fits a laptop's width.
        return figure?.kind === 'both' ? (
          <>
            <span className="block">{t('events.cell.stated', { count: figure.stated })}</span>
            <span className="block">{t('events.cell.listed', { count: figure.listed })}</span>
          </>
        ) : figure?.kind === 'one' ? (
          number(figure.value)
        ) : (
          '—'
        );
      },
    })),
  ];
  const span = { count: data.events.length, from: String(years[0] ?? ''), to: String(years.at(-1) ?? '') };
  const gap = shortestListYear(rows);
  const summary = gap
    ? t('events.chart.summary', { ...span, year: String(gap.year), stated: gap.stated ?? 0, listed: gap.listed })
    : t('events.chart.summaryNoGap', span);
  return (
    <Section id={EVENTS_SECTION_IDS.byYear} title={t('events.chart.title')}>
      <ChartContainer
        id="events-chart"
        title={t('events.chart.title')}
        summary={summary}
        view={view}
        onViewChange={(next) => onChange({ view: next })}
        chart={<EventsChart rows={rows} config={config} />}
        legend={<ChartLegend config={config} keys={EVENTS_SERIES} />}
        table={<DataTable caption={t('events.chart.title')} columns={columns} rows={counts} rowKey={(c) => String(c.year)} scroll />}
      />
    </Section>
  );
});
