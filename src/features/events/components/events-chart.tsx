import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartLegend, seriesColour, type ChartConfig } from '@/components/charts/chart-container';
import type { ChartRow } from '../lib/counts';
import type { EventType } from '../schema';

/** Listed events per year by type, stacked. Loaded only on /events. */
export default function EventsChart({ rows, config, types }: { rows: readonly ChartRow[]; config: ChartConfig<EventType>; types: readonly EventType[] }) {
  return (
    <div className="w-full" aria-hidden="true">
      <div className="h-64">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={[...rows]} accessibilityLayer={false}>
            <CartesianGrid strokeDasharray="3 3" stroke="var(--c-line)" />
            <XAxis dataKey="year" stroke="var(--c-muted)" />
            <YAxis stroke="var(--c-muted)" allowDecimals={false} />
            <Tooltip contentStyle={{ background: 'var(--c-surface)', borderColor: 'var(--c-line)', color: 'var(--c-ink)' }} />
            {types.map((type) => (
              <Bar key={type} dataKey={type} name={config[type].label} stackId="events" isAnimationActive={false} fill={seriesColour(config[type].colour)} />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </div>
      <ChartLegend config={config} keys={types} />
    </div>
  );
}
