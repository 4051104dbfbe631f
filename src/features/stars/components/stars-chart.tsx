import { startTransition, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import {
  CartesianGrid,
  ComposedChart,
  Line,
  ReferenceLine,
  Scatter,
  Tooltip,
  XAxis,
  YAxis,
  usePlotArea,
  useXAxisScale,
  useYAxisScale,
} from 'recharts';
import { seriesColour, type ChartConfig } from '@/components/charts/chart-config';
import { PLOT_SIZES, useFixedPlotSize, usePlotReady } from '@/components/charts/chart-slot';
import { SourceLink } from '@/components/ui/source-link';
import { preloadStarsTable } from '@/features/stars/components/lazy-stars-table';
import { useI18n } from '@/lib/i18n/i18n';
import { RIGHT_MARGIN, timeAxis } from '@/features/stars/lib/axis';
import { spreadLabels } from '@/features/stars/lib/labels';
import { forScale, type Point, type RepoSeries } from '@/features/stars/lib/series';
import type { Scale } from '@/features/stars/search-params';

export type Milestone = { value: number; label: string };
type Tip = {
  repo?: string;
  date?: string;
  value?: number;
  kind?: 'exact' | 'at-least';
  wording?: { zh: string; en: string };
  source?: string;
};
type TipPayload = { payload?: Tip };

/** The value axis's width and the chart's margins (px): the plot is the container less these. */
const Y_AXIS_WIDTH = 64;
const MARGIN = { top: 12, right: RIGHT_MARGIN, bottom: 8, left: 8 };
const LABEL_GAP_Y = 14;
/** Mount steps: 0 the frame, 1 the lines, 2 the markers and tooltip. */
const LAST_STEP = 2;
/** Tick labels at 12px: the size `timeAxis` measures labels at. */
const TICK_FONT = 12;

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
  return (
    <path
      data-marker="snapshots"
      data-markers={moves.length}
      d={moves.join('')}
      stroke={colour}
      strokeWidth={radius * 2}
      strokeLinecap="round"
      fill="none"
    />
  );
}

/** Milestone labels beside their reference lines, spread apart so that they never overlap. */
function MilestoneLabels({ milestones }: { milestones: readonly Milestone[] }) {
  const y = useYAxisScale();
  const plot = usePlotArea();
  if (!y || !plot) return null;
  // A label sits just above its line (text is drawn from its baseline).
  const wanted = milestones.map((m) => (y(m.value) ?? plot.y) - 4);
  const placed = spreadLabels(wanted, LABEL_GAP_Y, plot.y + 10, plot.y + plot.height - 2);
  const left = plot.x + 4;
  return (
    <g data-testid="milestone-labels">
      {milestones.map((m, i) => (
        <text key={m.value} x={left} y={placed[i]} fill="var(--c-muted)" fontSize={11}>
          {m.label}
        </text>
      ))}
    </g>
  );
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

/** A published figure: a filled triangle for an exact figure; for a lower bound ("over 10,000"), an upward caret over a bar, read "≥". */
function publishedShape(colour: string) {
  return function Shape({ cx, cy, payload }: { cx?: number; cy?: number; payload?: Tip }) {
    if (cx === undefined || cy === undefined) return <g />;
    if (payload?.kind === 'at-least') {
      return (
        <g data-marker="published" data-bound="at-least">
          <path
            d={`M${cx - 6},${cy + 1}L${cx},${cy - 7}L${cx + 6},${cy + 1}`}
            fill="none"
            stroke={colour}
            strokeWidth={2.5}
            strokeLinejoin="round"
          />
          <path d={`M${cx - 6},${cy + 5}H${cx + 6}`} stroke={colour} strokeWidth={2.5} />
        </g>
      );
    }
    return (
      <path
        data-marker="published"
        d={`M${cx},${cy - 7}L${cx + 6},${cy + 4}L${cx - 6},${cy + 4}Z`}
        fill={colour}
        stroke="var(--c-surface)"
      />
    );
  };
}

/**
 * Stars over time: a marker at every sourced point and nothing between them but straight solid
 * lines inside runs of daily snapshots and dashed lines across gaps ("unknown between"). Each series'
 * colour and name follow its repo (`config`). The time axis's ticks follow the chart's width; a log
 * scale shows small projects beside large ones.
 */
export default function StarsChart({
  series: all,
  config,
  milestones,
  scale = 'linear',
  compact = false,
}: {
  series: RepoSeries[];
  /** Each project's label and colour, by repo: a project keeps its colour whichever others are shown. */
  config: ChartConfig<string>;
  milestones: Milestone[];
  scale?: Scale;
  compact?: boolean;
}) {
  const { number, date, l, t } = useI18n();
  const box = useRef<HTMLDivElement>(null);
  // At build the chart is drawn at a fixed width, at once and whole; in the page it measures its box.
  const fixed = useFixedPlotSize();
  const [width, setWidth] = useState(fixed?.width ?? 0);
  // The chart is drawn once its width is known, not first at a guessed width and again once measured:
  // each Recharts render of ~1,000 points is a long task on a slow phone.
  useLayoutEffect(() => {
    const element = box.current;
    if (!element || fixed) return;
    // As a transition, so that React renders the chart in slices with the browser responsive in between.
    const measure = (measured: number) => startTransition(() => setWidth(Math.round(measured)));
    measure(element.clientWidth);
    const observer = new ResizeObserver((entries) => {
      const measured = entries[0]?.contentRect.width;
      if (measured !== undefined) measure(measured);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [fixed]);
  // The first mount comes in steps, each a task of its own with the browser free in between: the frame
  // (axes, grid, milestones), then the lines, then the markers and the tooltip. Mounting everything at
  // once was one long task on a slow phone (Recharts registers each item and re-renders).
  const [step, setStep] = useState(fixed ? LAST_STEP : 0);
  // The reader reached for the figure (its chart is loading in the page): the table's code comes too, so a
  // click on "Table" shows the table at once.
  useEffect(() => {
    if (!fixed) void preloadStarsTable();
  }, [fixed]);
  usePlotReady(width > 0 && step >= LAST_STEP);
  useEffect(() => {
    if (width === 0 || step >= LAST_STEP) return;
    const timer = setTimeout(() => startTransition(() => setStep((s) => s + 1)), 0);
    return () => clearTimeout(timer);
  }, [width, step]);
  const series = useMemo(() => forScale(all, scale), [all, scale]);
  // The same arrays for the same series, so a re-render (a resize, a language switch) does not make
  // Recharts recompute every point.
  const lines = useMemo(
    () =>
      series.map((s) => ({
        repo: s.repo,
        runs: runs(s).map((p) => ({ ...p, repo: s.repo, source: s.snapshotSource })),
        gaps: gapRuns(s),
        dots: s.segments.flat(),
        published: s.published.map((p) => ({ ...p, repo: s.repo })),
      })),
    [series],
  );
  // The axes' extent, so the frame has its final scales before the series arrive: drawn as nothing.
  const extent = useMemo(() => {
    const points = series.flatMap((s) => [...s.segments.flat(), ...s.published]);
    if (points.length === 0) return [];
    const times = points.map((p) => p.t);
    const values = points.map((p) => p.value);
    return [
      { t: Math.min(...times), value: Math.min(...values) },
      { t: Math.max(...times), value: Math.max(...values) },
    ];
  }, [series]);
  const times = extent.map((p) => p.t);
  const x = timeAxis(Math.min(...times), Math.max(...times), width - Y_AXIS_WIDTH - MARGIN.left - MARGIN.right, {
    year: (year) => date(String(year)),
    month: (time) => date(new Date(time).toISOString().slice(0, 7)),
  });
  const shown = scale === 'log' ? milestones.filter((m) => m.value > 0) : milestones;
  const plot = PLOT_SIZES[compact ? 'compact' : 'tall'];
  return (
    <div ref={box} className={`${plot.className} w-full`} aria-hidden="true">
      {width > 0 && (
        <ComposedChart width={width} height={plot.px} margin={MARGIN} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" stroke="var(--c-line)" />
          <XAxis
            dataKey="t"
            type="number"
            scale="time"
            domain={['dataMin', 'dataMax']}
            ticks={x.ticks}
            interval={0}
            tick={{ fontSize: TICK_FONT }}
            // Room between the first year and the value axis's "0" below which it would otherwise sit.
            tickMargin={8}
            tickFormatter={(v: number) => x.label(v)}
            stroke="var(--c-muted)"
            allowDuplicatedCategory={false}
          />
          <YAxis
            dataKey="value"
            type="number"
            scale={scale}
            domain={scale === 'log' ? ['auto', 'auto'] : [0, 'auto']}
            allowDataOverflow={false}
            tick={{ fontSize: TICK_FONT }}
            tickFormatter={(v: number) => number(v)}
            stroke="var(--c-muted)"
            width={Y_AXIS_WIDTH}
          />
          <Line
            data={extent}
            dataKey="value"
            stroke="none"
            isAnimationActive={false}
            dot={false}
            activeDot={false}
            legendType="none"
            tooltipType="none"
          />
          {step >= 2 && (
            <Tooltip
              cursor={false}
              content={({ active, payload }: { active?: boolean; payload?: readonly TipPayload[] }) => {
                const p = payload?.[0]?.payload;
                if (!active || !p?.date || p.value === undefined) return null;
                const name = p.repo ? (config[p.repo]?.label ?? p.repo) : '';
                return (
                  <div className="rounded border border-line bg-surface p-2 text-xs text-ink">
                    <div className="font-semibold">
                      <bdi>{name}</bdi> · {date(p.date)}
                    </div>
                    <div>
                      {p.kind === 'at-least' ? `≥ ${number(p.value)}` : number(p.value)}
                      {p.wording ? ` · “${l(p.wording)}”` : ` · ${t('stars.kind.snapshot')}`}
                    </div>
                    {p.source && <SourceLink url={p.source} />}
                  </div>
                );
              }}
            />
          )}
          {shown.map((m) => (
            <ReferenceLine key={m.value} y={m.value} stroke="var(--c-muted)" strokeDasharray="2 4" />
          ))}
          {lines.flatMap((s) => {
            const colour = seriesColour(config[s.repo]?.colour ?? 'chart-1');
            if (step < 1) return [];
            const markers =
              step < 2
                ? []
                : [
                    <SnapshotDots key={`${s.repo}-dots`} points={s.dots} colour={colour} radius={compact ? 1.5 : 2} />,
                    <Scatter
                      key={`${s.repo}-published`}
                      data={s.published}
                      dataKey="value"
                      isAnimationActive={false}
                      fill={colour}
                      shape={publishedShape(colour)}
                    />,
                  ];
            return [
              // Two Lines per repository, whatever the number of runs (each Recharts item costs a render
              // pass of its own): the runs solid, the gaps dashed, each broken where the other one is.
              <Line
                key={`${s.repo}-runs`}
                data={s.runs}
                dataKey="value"
                name={config[s.repo]?.label ?? s.repo}
                stroke={colour}
                strokeWidth={1.5}
                connectNulls={false}
                isAnimationActive={false}
                dot={false}
                activeDot={false}
                legendType="none"
              />,
              <Line
                key={`${s.repo}-gaps`}
                data={s.gaps}
                dataKey="value"
                stroke={colour}
                strokeDasharray="4 4"
                strokeOpacity={0.7}
                connectNulls={false}
                isAnimationActive={false}
                dot={false}
                activeDot={false}
                legendType="none"
                tooltipType="none"
              />,
              ...markers,
            ];
          })}
          <MilestoneLabels milestones={shown} />
        </ComposedChart>
      )}
    </div>
  );
}
