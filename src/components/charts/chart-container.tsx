import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useStaticChart } from '@/components/charts/static-charts';
import { ChartSlot, type PlotSize } from '@/components/charts/chart-slot';
import { useI18n } from '@/lib/i18n/i18n';
import { useLatestSourceDate } from '@/lib/sources';
import type { View } from '@/lib/url-state';
import type { ChartConfig } from '@/components/charts/chart-config';

/**
 * A chart's colour key as HTML under the plot. Recharts' own <Legend> costs about a third of a bar
 * chart's first render (it measures itself and re-renders the chart); a list of swatches costs nothing.
 * Colours are classes, not style attributes (the CSP forbids inline styles).
 */
export function ChartLegend<K extends string>({ config, keys }: { config: ChartConfig<K>; keys: readonly K[] }) {
  return (
    <ul className="mt-2 flex flex-wrap justify-center gap-x-4 gap-y-1 text-sm">
      {keys.map((key) => (
        <li key={key} className="inline-flex items-center gap-1.5">
          <span className={`swatch swatch-${config[key].colour}`} aria-hidden="true" />
          {config[key].label}
        </li>
      ))}
    </ul>
  );
}

/**
 * Every chart is a figure with an accessible name, a one-sentence text summary, and a table
 * alternative; which one shows lives in the URL (the parent passes view and the change handler).
 * Where the page holds the chart as drawn at build (`StaticChartsProvider`) and the chart shows its
 * default state, that picture shows until the reader reaches for the figure (pointer, touch, focus) or
 * changes what the chart shows; only then does the interactive chart (and the chart library) load.
 */
export function ChartContainer({
  id,
  title,
  summary,
  view,
  onViewChange,
  chart,
  legend,
  plot = 'regular',
  atDefault = true,
  table,
  actions,
}: {
  id: string;
  title: string;
  summary: string;
  view: View;
  onViewChange: (view: View) => void;
  /** The interactive plot (a lazy Recharts component), exactly as tall as `plot` says. */
  chart: ReactNode;
  /** HTML under the plot (swatches, sources): shown with the static picture and the interactive chart alike. */
  legend?: ReactNode;
  plot?: PlotSize;
  /** Whether the chart shows the page's default state, the one the build drew. */
  atDefault?: boolean;
  table: ReactNode;
  actions?: ReactNode;
}) {
  const { t, date, lang } = useI18n();
  const asOf = useLatestSourceDate();
  const drawn = useStaticChart(id, lang);
  // The picture is shown only if the chart first showed what was drawn; it then stays over the interactive
  // chart while that loads, even after a change of state (as a transition keeps the old screen).
  const [picture] = useState(() => (atDefault ? drawn : undefined));
  const markup = drawn && picture;
  const [reached, setReached] = useState(false);
  // A change of what the chart shows makes it interactive for good (going back to the default keeps it so).
  if (!atDefault && !reached) setReached(true);
  const reach = () => {
    if (!reached) setReached(true);
  };
  // A reader who pointed at or focused the figure before the page was hydrated sent no event React saw.
  const figure = useRef<HTMLElement>(null);
  useEffect(() => {
    const element = figure.current;
    if (element && (element.matches(':hover') || element.contains(document.activeElement))) setReached(true);
  }, []);
  return (
    <figure ref={figure} aria-labelledby={`${id}-caption`} className="card" onPointerEnter={reach} onTouchStart={reach} onFocus={reach}>
      <figcaption id={`${id}-caption`} className="mb-2">
        <span className="font-semibold">{title}</span>
        <span className="mt-1 block text-sm text-muted">{summary}</span>
      </figcaption>
      <div className="mb-3 flex flex-wrap items-center gap-2">
        <div
          role="group"
          aria-label={t('chart.viewLabel', { title })}
          className="flex overflow-hidden rounded-md border border-line text-sm"
        >
          {(['chart', 'table'] as const).map((option) => (
            <button
              key={option}
              type="button"
              aria-pressed={view === option}
              onClick={() => onViewChange(option)}
              className={`focus-ring px-3 py-1 ${view === option ? 'bg-accent text-on-accent' : 'hover:bg-surface-2'}`}
            >
              {t(option === 'chart' ? 'chart.showChart' : 'chart.showTable')}
            </button>
          ))}
        </div>
        {actions}
      </div>
      {view === 'chart' ? (
        <>
          <ChartSlot id={id} size={plot} markup={markup} live={reached || !atDefault}>
            {chart}
          </ChartSlot>
          {legend}
        </>
      ) : (
        table
      )}
      {asOf && <p className="mt-2 text-xs text-muted">{t('chart.asOf', { date: date(asOf) })}</p>}
    </figure>
  );
}
