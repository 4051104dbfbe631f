import { lazy, memo, useMemo } from 'react';
import { ChartContainer, colourByKey, type ChartConfig } from '@/components/charts/chart-container';
import { Section } from '@/components/layout/section';
import { DataTable, type Column } from '@/components/ui/data-table';
import { useI18n } from '@/lib/i18n/i18n';
import type { View } from '@/lib/url-state';
import { cellFigure, chartRows, countsByYearAndType, type YearCounts } from '@/features/events/lib/counts';
import type { EventsDataset } from '@/features/events/schema';
import { EVENT_TYPES, type EventType } from '@/features/events/vocabulary';

const EventsChart = lazy(() => import('@/features/events/components/events-chart'));
const colour = colourByKey(EVENT_TYPES);

/** Each event type's label and colour; the colour follows the type, whichever types are shown. */
function chartConfig(label: (type: EventType) => string): ChartConfig<EventType> {
  const entry = (type: EventType) => ({ label: label(type), colour: colour(type) });
  return {
    meetup: entry('meetup'),
    live: entry('live'),
    'company-visit': entry('company-visit'),
    'university-visit': entry('university-visit'),
    podcast: entry('podcast'),
    'office-hours': entry('office-hours'),
  };
}

/** Events per year by type: a stacked bar chart of listed events, or a table that also shows stated totals. */
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
  const config = chartConfig((type) => t(`eventType.${type}`));
  const columns: Column<YearCounts>[] = [
    { key: 'year', header: t('common.year'), rowHeader: true, cell: (c) => String(c.year) },
    ...EVENT_TYPES.map((type, i): Column<YearCounts> => ({
      key: type,
      header: config[type].label,
      numeric: true,
      cell: (c) => {
        const count = c.byType[i];
        const figure = count ? cellFigure(count) : null;
        return figure?.kind === 'both'
          ? t('events.statedListed', { stated: number(figure.stated), listed: number(figure.listed) })
          : figure?.kind === 'one'
            ? number(figure.value)
            : '—';
      },
    })),
  ];
  return (
    <Section id="events-by-year" title={t('events.chart.title')}>
      <ChartContainer
        id="events-chart"
        title={t('events.chart.title')}
        summary={t('events.chart.summary', { count: data.events.length, from: String(years[0] ?? ''), to: String(years.at(-1) ?? '') })}
        view={view}
        onViewChange={(next) => onChange({ view: next })}
        chart={<EventsChart rows={rows} config={config} types={EVENT_TYPES} />}
        table={<DataTable caption={t('events.chart.title')} columns={columns} rows={counts} rowKey={(c) => String(c.year)} scroll />}
      />
    </Section>
  );
});
