import { CartesianGrid, ComposedChart, Line, ReferenceLine, ResponsiveContainer, Scatter, Tooltip, XAxis, YAxis, useXAxisScale, useYAxisScale } from 'recharts';
import { seriesColour, type ChartConfig } from '@/components/charts/chart-container';
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

type Break = { t: number; value: null };

/** Every run of snapshots in one series, with a break (a null value) between runs. */
function runs(s: RepoSeries): (Point | Break)[] {
  return s.segments.flatMap((segment, i) => (i === 0 ? segment : [{ t: (segment[0]?.t ?? 0) - 1, value: null }, ...segment]));
}

/** Every gap's two ends in one series, with a break between gaps. */
function gapRuns(s: RepoSeries): (Point | Break)[] {
  return s.gaps.flatMap(([a, b], i) => (i === 0 ? [a, b] : [{ t: a.t - 1, value: null }, a, b]));
}

/**
 * Ticks for the time axis: 1 January of each year in range, or the first of every third month when
 * the range is shorter. Given explicitly, so that Recharts measures a handful of labels instead of
 * one candidate per data point (that measuring was most of the chart's first render).
 */
export function timeTicks(series: readonly RepoSeries[]): { ticks: number[]; label: (t: number) => string } {
  const times = series.flatMap((s) => [...s.segments.flat(), ...s.published].map((p) => p.t));
  if (times.length === 0) return { ticks: [], label: () => '' };
  const min = Math.min(...times);
  const max = Math.max(...times);
  const first = new Date(min).getUTCFullYear();
  const last = new Date(max).getUTCFullYear();
  const years = Array.from({ length: last - first + 1 }, (_, i) => Date.UTC(first + i, 0, 1)).filter((t) => t >= min && t <= max);
  if (years.length >= 2) return { ticks: years, label: (t) => String(new Date(t).getUTCFullYear()) };
  const months: number[] = [];
  for (let y = first; y <= last; y += 1) for (let m = 0; m < 12; m += 3) months.push(Date.UTC(y, m, 1));
  return { ticks: months.filter((t) => t >= min && t <= max), label: (t) => new Date(t).toISOString().slice(0, 7) };
}

/**
 * Stars over time: a marker at every sourced point and nothing between them but straight solid
 * lines inside runs of daily snapshots and dashed lines across gaps ("unknown between").
 */
export default function StarsChart({
  series,
  config,
  milestones,
  compact = false,
}: {
  series: RepoSeries[];
  /** Each project's label and colour, by repo: a project keeps its colour whichever others are shown. */
  config: ChartConfig<string>;
  milestones: Milestone[];
  compact?: boolean;
}) {
  const { number, date, l, t } = useI18n();
  const x = timeTicks(series);
  return (
    <div className={compact ? 'h-48 w-full' : 'h-80 w-full'} aria-hidden="true">
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart margin={{ top: 12, right: 16, bottom: 8, left: 8 }} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" stroke="var(--c-line)" />
          <XAxis dataKey="t" type="number" scale="time" domain={['dataMin', 'dataMax']} ticks={x.ticks} interval={0} tickFormatter={(v: number) => date(x.label(v))} stroke="var(--c-muted)" allowDuplicatedCategory={false} />
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
          {series.flatMap((s) => {
            const entry = config[s.repo];
            const colour = seriesColour(entry?.colour ?? 'chart-1');
            return [
              // Two Lines per repository, whatever the number of runs (each Recharts item costs a render
              // pass of its own): the runs solid, the gaps dashed, each broken where the other one is.
              <Line key={`${s.repo}-runs`} data={runs(s)} dataKey="value" name={entry?.label ?? s.repo} stroke={colour} strokeWidth={1.5} connectNulls={false} isAnimationActive={false} dot={false} activeDot={false} legendType="none" />,
              <Line key={`${s.repo}-gaps`} data={gapRuns(s)} dataKey="value" stroke={colour} strokeDasharray="4 4" strokeOpacity={0.7} connectNulls={false} isAnimationActive={false} dot={false} activeDot={false} legendType="none" tooltipType="none" />,
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
