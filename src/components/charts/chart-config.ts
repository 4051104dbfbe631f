/**
 * A chart's series configuration: the palette and how a series' colour and label follow its key. Plain
 * functions, apart from the chart container, so that a page that only names its colours loads no chart code.
 */

/** The chart palette: CSS variables that the light and dark themes both define (see styles.css). */
export const CHART_COLOURS = ['chart-1', 'chart-2', 'chart-3', 'chart-4', 'chart-5', 'chart-6'] as const;
export type ChartColour = (typeof CHART_COLOURS)[number];

/**
 * A chart's series by key: each key's label and colour. A series keeps its colour and label wherever it
 * is drawn (chart, legend, tooltip), whichever other series are shown, because they follow its key,
 * not its position.
 */
export type ChartConfig<K extends string> = Readonly<Record<K, { readonly label: string; readonly colour: ChartColour }>>;

/** The CSS value of a series' colour, for Recharts' `fill` and `stroke`. */
export function seriesColour(colour: ChartColour): string {
  return `var(--${colour})`;
}

/** Colours for keys in a fixed order (a dataset's list of projects, the role vocabulary). */
export function colourByKey<K extends string>(keys: readonly K[]): (key: K) => ChartColour {
  return (key) => CHART_COLOURS[Math.max(0, keys.indexOf(key)) % CHART_COLOURS.length] ?? 'chart-1';
}
