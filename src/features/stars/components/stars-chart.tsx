import { CartesianGrid, ComposedChart, Line, ReferenceLine, ResponsiveContainer, Scatter, Tooltip, XAxis, YAxis, useXAxisScale, useYAxisScale } from 'recharts';
import { SERIES_COLOURS } from '@/components/charts/chart-figure';
import { SourceLink } from '@/components/ui/source-link';
import { useI18n } from '@/lib/i18n/i18n';
import type { Point, RepoSeries } from '../lib/series';

type Milestone = { value: number; label: string };
type TipPayload = { payload?: { date?: string; value?: number; wording?: { zh: string; en: string }; source?: string } };

/**
 * Every snapshot of a run as a dot, all in one <path> (a zero-length, round-capped stroke per point):
 * hundreds of points cost one element instead of one each. `data-markers` says how many it draws.
 */
function SnapshotDots({ points, colour, radius }: { points: Point[]; colour: string; radius: number }) {
  const x = useXAxisScale();
  const y = useYAxisScale();
  if (!x || !y) return null;
  const moves = points.flatMap((p) => {
    const px = x(p.t);
    const py = y(p.value);
    return px === undefined || py === undefined ? [] : [`M${px.toFixed(1)},${py.toFixed(1)}h0`];
  });
  return <path data-marker="snapshots" data-markers={moves.length} d={moves.join('')} stroke={colour} strokeWidth={radius * 2} strokeLinecap="round" fill="none" />;
}

/**
 * Stars over time: a marker at every sourced point and nothing between them but straight solid
 * lines inside runs of daily snapshots and dashed lines across gaps ("unknown between").
 */
export default function StarsChart({ series, names, milestones, compact = false }: { series: RepoSeries[]; names: Record<string, string>; milestones: Milestone[]; compact?: boolean }) {
  const { number, date, l, t } = useI18n();
  return (
    <div className={compact ? 'h-48 w-full' : 'h-80 w-full'} aria-hidden="true">
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart margin={{ top: 12, right: 16, bottom: 8, left: 8 }} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" stroke="var(--c-line)" />
          <XAxis dataKey="t" type="number" scale="time" domain={['dataMin', 'dataMax']} tickFormatter={(v: number) => date(new Date(v).toISOString().slice(0, 7))} stroke="var(--c-muted)" allowDuplicatedCategory={false} />
          <YAxis dataKey="value" type="number" tickFormatter={(v: number) => number(v)} stroke="var(--c-muted)" width={64} />
          <Tooltip
            cursor={false}
            contentStyle={{ background: 'var(--c-surface)', borderColor: 'var(--c-line)', color: 'var(--c-ink)' }}
            content={({ active, payload }: { active?: boolean; payload?: readonly TipPayload[] }) => {
              const p = payload?.[0]?.payload;
              if (!active || !p?.date || p.value === undefined) return null;
              return (
                <div className="rounded border border-line bg-surface p-2 text-xs text-ink">
                  <div>{date(p.date)}</div>
                  <div className="font-semibold">{p.wording ? `“${l(p.wording)}”` : t('stars.snapshotValue', { value: number(p.value) })}</div>
                  {p.source && <SourceLink url={p.source} />}
                </div>
              );
            }}
          />
          {milestones.map((m) => (
            <ReferenceLine key={m.value} y={m.value} stroke="var(--c-muted)" strokeDasharray="2 4" label={{ value: m.label, position: 'insideTopLeft', fill: 'var(--c-muted)', fontSize: 11 }} />
          ))}
          {series.flatMap((s, i) => {
            const colour = SERIES_COLOURS[i % SERIES_COLOURS.length] ?? 'var(--chart-1)';
            return [
              // A run of one snapshot has no line, only its dot.
              ...s.segments.filter((segment) => segment.length > 1).map((segment, j) => (
                <Line key={`${s.repo}-seg-${j}`} data={segment} dataKey="value" name={names[s.repo] ?? s.repo} stroke={colour} strokeWidth={1.5} isAnimationActive={false} dot={false} activeDot={false} legendType="none" />
              )),
              ...s.gaps.map((gap, j) => (
                <Line key={`${s.repo}-gap-${j}`} data={gap} dataKey="value" stroke={colour} strokeDasharray="4 4" strokeOpacity={0.7} isAnimationActive={false} dot={false} activeDot={false} legendType="none" />
              )),
              <SnapshotDots key={`${s.repo}-dots`} points={s.segments.flat()} colour={colour} radius={compact ? 1.5 : 2} />,
              <Scatter
                key={`${s.repo}-published`}
                data={s.published}
                dataKey="value"
                isAnimationActive={false}
                fill={colour}
                shape={({ cx, cy }: { cx?: number; cy?: number }) =>
                  cx === undefined || cy === undefined ? <g /> : <path data-marker="published" d={`M${cx},${cy - 7}L${cx + 6},${cy + 4}L${cx - 6},${cy + 4}Z`} fill={colour} stroke="var(--c-surface)" />
                }
              />,
            ];
          })}
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}
