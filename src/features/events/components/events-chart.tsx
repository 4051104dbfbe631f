import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { SERIES_COLOURS } from '@/components/charts/chart-figure';
import { ChartLegend } from '@/components/charts/chart-legend';
import { useI18n } from '@/lib/i18n/i18n';
import type { EventType } from '../schema';

export type EventsRow = { year: number } & Partial<Record<EventType, number>>;

/** Listed events per year by type, stacked. Loaded only on /events. */
export default function EventsChart({ rows, types }: { rows: EventsRow[]; types: readonly EventType[] }) {
  const { t } = useI18n();
  return (
    <div className="w-full" aria-hidden="true">
      <div className="h-64">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={rows} accessibilityLayer={false}>
            <CartesianGrid strokeDasharray="3 3" stroke="var(--c-line)" />
            <XAxis dataKey="year" stroke="var(--c-muted)" />
            <YAxis stroke="var(--c-muted)" allowDecimals={false} />
            <Tooltip contentStyle={{ background: 'var(--c-surface)', borderColor: 'var(--c-line)', color: 'var(--c-ink)' }} />
            {types.map((type, i) => (
              <Bar key={type} dataKey={type} name={t(`eventType.${type}`)} stackId="events" isAnimationActive={false} fill={SERIES_COLOURS[i % SERIES_COLOURS.length]} />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </div>
      <ChartLegend items={types.map((type, i) => ({ label: t(`eventType.${type}`), colour: SERIES_COLOURS[i % SERIES_COLOURS.length] ?? 'var(--chart-1)' }))} />
    </div>
  );
}
