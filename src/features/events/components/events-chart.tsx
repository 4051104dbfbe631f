import { useState } from 'react';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { seriesColour, type ChartConfig } from '@/components/charts/chart-config';
import { PLOT_SIZES, useFixedPlotSize, usePlotReady } from '@/components/charts/chart-slot';
import { useI18n } from '@/lib/i18n/i18n';
import { yearAxis, yearLabel } from '@/features/events/lib/axis';
import { EVENTS_SERIES, type ChartRow, type EventsSeries } from '@/features/events/lib/counts';

/**
 * Per year, the events the posts state beside the events listed one by one (two bars side by side; no
 * stated bar where no post states a total); the year labels follow the chart's width. The legend is the
 * section's (HTML, shown with the static picture too). Loaded only on /events.
 */
export default function EventsChart({ rows, config }: { rows: readonly ChartRow[]; config: ChartConfig<EventsSeries> }) {
  const { lang, number } = useI18n();
  // At build: a fixed size, drawn at once; in the page: the box's size, ready once measured.
  const fixed = useFixedPlotSize();
  const [width, setWidth] = useState(fixed?.width ?? 0);
  usePlotReady(width > 0);
  const axis = yearAxis(
    rows.map((r) => r.year),
    width,
    lang,
  );
  return (
    <div className={`${PLOT_SIZES.regular.className} w-full`} aria-hidden="true">
      <ResponsiveContainer {...(fixed ?? { width: '100%', height: '100%' })} onResize={(w) => setWidth(Math.round(w))}>
        <BarChart data={[...rows]} accessibilityLayer={false} margin={{ top: 8, right: 16, bottom: 0, left: 0 }} barGap={2}>
          <CartesianGrid strokeDasharray="3 3" stroke="var(--c-line)" />
          <XAxis
            dataKey="year"
            stroke="var(--c-muted)"
            ticks={axis.ticks}
            interval={0}
            tickFormatter={(year: number) => yearLabel(year, axis.short, lang)}
          />
          <YAxis stroke="var(--c-muted)" allowDecimals={false} width={40} tickFormatter={(n: number) => number(n)} />
          <Tooltip
            labelFormatter={(year) => (typeof year === 'number' ? String(year) : '')}
            formatter={(value) => (typeof value === 'number' ? number(value) : String(value))}
            contentStyle={{ background: 'var(--c-surface)', borderColor: 'var(--c-line)', color: 'var(--c-ink)' }}
          />
          {EVENTS_SERIES.map((key) => (
            <Bar key={key} dataKey={key} name={config[key].label} isAnimationActive={false} fill={seriesColour(config[key].colour)} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
