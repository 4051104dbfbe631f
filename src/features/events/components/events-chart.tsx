import { useState } from 'react';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartLegend, seriesColour, type ChartConfig } from '@/components/charts/chart-container';
import { useI18n } from '@/lib/i18n/i18n';
import { yearAxis, yearLabel } from '@/features/events/lib/axis';
import type { ChartRow } from '@/features/events/lib/counts';
import type { EventType } from '@/features/events/schema';

/** Listed events per year by type, stacked; the year labels follow the chart's width. Loaded only on /events. */
export default function EventsChart({
  rows,
  config,
  types,
}: {
  rows: readonly ChartRow[];
  config: ChartConfig<EventType>;
  types: readonly EventType[];
}) {
  const { lang } = useI18n();
  const [width, setWidth] = useState(0);
  const axis = yearAxis(
    rows.map((r) => r.year),
    width,
    lang,
  );
  return (
    <div className="w-full" aria-hidden="true">
      <div className="h-64">
        <ResponsiveContainer width="100%" height="100%" onResize={(w) => setWidth(Math.round(w))}>
          <BarChart data={[...rows]} accessibilityLayer={false} margin={{ top: 8, right: 16, bottom: 0, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" stroke="var(--c-line)" />
            <XAxis
              dataKey="year"
              stroke="var(--c-muted)"
              ticks={axis.ticks}
              interval={0}
              tickFormatter={(year: number) => yearLabel(year, axis.short, lang)}
            />
            <YAxis stroke="var(--c-muted)" allowDecimals={false} width={40} />
            <Tooltip contentStyle={{ background: 'var(--c-surface)', borderColor: 'var(--c-line)', color: 'var(--c-ink)' }} />
            {types.map((type) => (
              <Bar
                key={type}
                dataKey={type}
                name={config[type].label}
                stackId="events"
                isAnimationActive={false}
                fill={seriesColour(config[type].colour)}
              />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </div>
      <ChartLegend config={config} keys={types} />
    </div>
  );
}
