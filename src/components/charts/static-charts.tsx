import { createContext, useContext, type ReactNode } from 'react';

/**
 * Charts before JavaScript. The build draws every chart with the same Recharts components (`drawCharts`)
 * at two widths; a page prerendered with that markup shows it in the chart's place until the reader reaches
 * for the chart (pointer, touch, focus, a change of what it shows), and only then loads the chart library.
 */

/** A chart's SVG markup as the build drew it: below `sm` and from `sm` up. */
export type StaticChart = { narrow: string; wide: string };
/** Drawn charts by chart id (`ChartContainer`'s id). */
export type StaticCharts = Readonly<Record<string, StaticChart>>;

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
