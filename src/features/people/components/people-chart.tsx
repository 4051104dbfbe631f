import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { SERIES_COLOURS } from '@/components/charts/chart-figure';
import { ChartLegend } from '@/components/charts/chart-legend';
import { useI18n } from '@/lib/i18n/i18n';
import type { Role } from '../schema';

export type RoleYearRow = { year: number } & Partial<Record<Role, number>>;

/** People per role and year, stacked; clicking a bar segment applies that role and year. Loaded only on /people. */
export default function PeopleChart({ rows, roles, onSelect }: { rows: RoleYearRow[]; roles: readonly Role[]; onSelect: (role: Role, year: number) => void }) {
  const { t, number } = useI18n();
  return (
    <div className="w-full" aria-hidden="true">
      <div className="h-64">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={rows} margin={{ top: 8, right: 8, bottom: 8, left: 0 }} accessibilityLayer={false}>
            <CartesianGrid strokeDasharray="3 3" stroke="var(--c-line)" />
            <XAxis dataKey="year" stroke="var(--c-muted)" />
            <YAxis stroke="var(--c-muted)" tickFormatter={(v: number) => number(v)} />
            <Tooltip contentStyle={{ background: 'var(--c-surface)', borderColor: 'var(--c-line)', color: 'var(--c-ink)' }} />
            {roles.map((role, i) => (
              <Bar
                key={role}
                dataKey={role}
                name={t(`role.${role}`)}
                stackId="people"
                isAnimationActive={false}
                fill={SERIES_COLOURS[i % SERIES_COLOURS.length]}
                cursor="pointer"
                onClick={(entry: { payload?: { year?: number } }) => {
                  if (typeof entry.payload?.year === 'number') onSelect(role, entry.payload.year);
                }}
              />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </div>
      <ChartLegend items={roles.map((role, i) => ({ label: t(`role.${role}`), colour: SERIES_COLOURS[i % SERIES_COLOURS.length] ?? 'var(--chart-1)' }))} />
    </div>
  );
}
