import { PendingMark } from '@/components/ui/data-boundary';
import { createContext, Suspense, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';

/**
 * Charts before JavaScript. The build draws every chart with the same Recharts components (`drawCharts`)
 * at two widths; a page prerendered with that markup shows it in the chart's place until the reader reaches
 * for the chart (pointer, touch, focus, a change of what it shows), and only then loads the chart library.
 */

/** A chart's SVG markup as the build drew it: below `sm` and from `sm` up. */
export type StaticChart = { narrow: string; wide: string };
/** Drawn charts by chart id (`ChartContainer`'s id). */
export type StaticCharts = Readonly<Record<string, StaticChart>>;

/** The plot's height: the interactive chart's and its static picture's, so that swapping them moves nothing. */
export const PLOT_SIZES = {
  compact: { px: 192, className: 'h-48' },
  regular: { px: 256, className: 'h-64' },
  tall: { px: 320, className: 'h-80' },
} as const;
export type PlotSize = keyof typeof PLOT_SIZES;

const StaticChartsContext = createContext<{ charts: StaticCharts; lang: string } | null>(null);

/**
 * The drawn charts of the page being rendered, for the language they were drawn in (a language switch
 * shows the interactive chart rather than a picture in the other language). The server passes what the
 * build drew; the client passes the same, read back from the prerendered page (`readStaticCharts`), so
 * that its first render equals the server's.
 */
export function StaticChartsProvider({ charts, lang, children }: { charts: StaticCharts; lang: string; children: ReactNode }) {
  return <StaticChartsContext value={{ charts, lang }}>{children}</StaticChartsContext>;
}

/** A chart's drawn markup, if the page has it in this language. */
export function useStaticChart(id: string, lang: string): StaticChart | undefined {
  const context = useContext(StaticChartsContext);
  return context && context.lang === lang ? context.charts[id] : undefined;
}

/**
 * The drawn charts a prerendered page holds, by chart id, exactly as they are in its DOM: what the
 * client gives `StaticChartsProvider` before `hydrateRoot`.
 */
export function readStaticCharts(root: ParentNode): Record<string, StaticChart> {
  const charts: Record<string, StaticChart> = {};
  for (const element of root.querySelectorAll('[data-static-chart]')) {
    const id = element.getAttribute('data-static-chart');
    const narrow = element.querySelector('[data-static-variant="narrow"]');
    const wide = element.querySelector('[data-static-variant="wide"]');
    if (id && narrow && wide) charts[id] = { narrow: narrow.innerHTML, wide: wide.innerHTML };
  }
  return charts;
}

/** Set while `drawCharts` draws: every chart slot renders its interactive chart at once, at this width. */
export const ChartDrawingContext = createContext<{ width: number } | null>(null);

/**
 * Whether a chart is in the page as first rendered: drawn at build for this language, or being drawn now.
 * (A chart that is otherwise loaded only when scrolled to is then rendered at once.)
 */
export function useChartInFirstRender(id: string, lang: string): boolean {
  const drawing = useContext(ChartDrawingContext);
  const drawn = useStaticChart(id, lang);
  return drawing !== null || drawn !== undefined;
}

type PlotContextValue = { fixed?: { width: number; height: number }; onReady?: () => void };
const PlotContext = createContext<PlotContextValue>({});

/** The size the chart must be drawn at (at build, where nothing can be measured), or none: measure the box. */
export function useFixedPlotSize(): { width: number; height: number } | undefined {
  return useContext(PlotContext).fixed;
}

/**
 * An interactive chart says when it has drawn itself completely, so that the static picture over it can
 * go without the reader seeing a half-drawn chart.
 */
export function usePlotReady(ready: boolean) {
  const { onReady } = useContext(PlotContext);
  useEffect(() => {
    if (ready) onReady?.();
  }, [ready, onReady]);
}

/** The drawn markup in its two variants, chosen by CSS, scaled into the plot's box. */
function StaticPicture({ id, markup, className }: { id: string; markup: StaticChart; className: string }) {
  const svg = 'h-full w-full [&>svg]:h-full [&>svg]:w-full';
  return (
    <div data-static-chart={id} className={className} aria-hidden="true">
      {/* Markup React itself drew at build (drawCharts), sanitised there: no data string is ever inserted as HTML. */}
      {/* eslint-disable-next-line no-restricted-syntax */}
      <div data-static-variant="narrow" className={`${svg} sm:hidden`} dangerouslySetInnerHTML={{ __html: markup.narrow }} />
      {/* eslint-disable-next-line no-restricted-syntax */}
      <div data-static-variant="wide" className={`${svg} hidden sm:block`} dangerouslySetInnerHTML={{ __html: markup.wide }} />
    </div>
  );
}

const onReadyNever = () => undefined;

/**
 * Where a chart goes. While drawing at build: the chart itself at the drawing's width. With drawn markup
 * and until `live`: the markup. Once live: the interactive chart, with the markup over it until the chart
 * has drawn itself (so nothing flashes while its code loads). Without markup: the interactive chart, with
 * a skeleton while its code loads.
 */
export function ChartSlot({
  id,
  size,
  markup,
  live,
  children,
}: {
  id: string;
  size: PlotSize;
  markup: StaticChart | undefined;
  live: boolean;
  children: ReactNode;
}) {
  const drawing = useContext(ChartDrawingContext);
  const [ready, setReady] = useState(false);
  const onReady = useCallback(() => setReady(true), []);
  const box = `${PLOT_SIZES[size].className} w-full`;
  if (drawing) {
    return (
      <PlotContext value={{ fixed: { width: drawing.width, height: PLOT_SIZES[size].px }, onReady: onReadyNever }}>
        <div data-chart-plot={id} className={box}>
          <Suspense fallback={<PendingMark />}>{children}</Suspense>
        </div>
      </PlotContext>
    );
  }
  if (!markup) return <Suspense fallback={<div className={`${box} animate-pulse rounded bg-surface-2`} />}>{children}</Suspense>;
  if (!live) return <StaticPicture id={id} markup={markup} className={box} />;
  return (
    <div className={`relative ${box}`}>
      <PlotContext value={{ onReady }}>
        <Suspense fallback={null}>{children}</Suspense>
      </PlotContext>
      {!ready && <StaticPicture id={id} markup={markup} className="absolute inset-0 bg-surface" />}
    </div>
  );
}
