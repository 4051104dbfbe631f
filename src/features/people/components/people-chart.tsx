import { useState } from 'react';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { seriesColour, type ChartConfig } from '@/components/charts/chart-config';
import { PLOT_SIZES, useFixedPlotSize, usePlotReady } from '@/components/charts/chart-slot';
import { useI18n } from '@/lib/i18n/i18n';
import type { RoleYearRow } from '@/features/people/lib/filter';
import type { Role } from '@/features/people/schema';

/** People per role and year, stacked (the legend is the section's); clicking a bar segment applies that role and year. Loaded only on /people. */
export default function PeopleChart({
  rows,
  roles,
  config,
  onSelect,
}: {
  rows: readonly RoleYearRow[];
  roles: readonly Role[];
  config: ChartConfig<Role>;
  onSelect: (role: Role, year: number) => void;
}) {
  const { number } = useI18n();
  // At build: a fixed size, drawn at once; in the page: the box's size, ready once measured.
  const fixed = useFixedPlotSize();
  const [width, setWidth] = useState(fixed?.width ?? 0);
  usePlotReady(width > 0);
  return (
    <div className={`${PLOT_SIZES.regular.className} w-full`} aria-hidden="true">
      <ResponsiveContainer {...(fixed ?? { width: '100%', height: '100%' })} onResize={(w) => setWidth(Math.round(w))}>
        <BarChart data={[...rows]} margin={{ top: 8, right: 8, bottom: 8, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" stroke="var(--c-line)" />
          <XAxis dataKey="year" stroke="var(--c-muted)" />
          <YAxis stroke="var(--c-muted)" tickFormatter={(v: number) => number(v)} />
          <Tooltip contentStyle={{ background: 'var(--c-surface)', borderColor: 'var(--c-line)', color: 'var(--c-ink)' }} />
          {roles.map((role) => (
            <Bar
              key={role}
              dataKey={role}
              name={config[role].label}
              stackId="people"
              isAnimationActive={false}
              fill={seriesColour(config[role].colour)}
              cursor="pointer"
              onClick={(entry: { payload?: { year?: number } }) => {
                if (typeof entry.payload?.year === 'number') onSelect(role, entry.payload.year);
              }}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
