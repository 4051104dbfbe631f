import { createContext, Suspense, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import { PendingMark } from '@/components/ui/data-boundary';
import { ChartDrawingContext, type StaticChart } from '@/components/charts/static-charts';

/**
 * Where a chart goes in the page: its drawn picture, its interactive chart, or both while one replaces the
 * other. Loaded with the chart container, not with the app (static-charts.tsx holds what the app needs to
 * hydrate a page with drawn charts).
 */

/** The plot's height: the interactive chart's and its static picture's, so that swapping them moves nothing. */
export const PLOT_SIZES = {
  compact: { px: 192, className: 'h-48' },
  regular: { px: 256, className: 'h-64' },
  tall: { px: 320, className: 'h-80' },
} as const;
export type PlotSize = keyof typeof PLOT_SIZES;

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
