import { Suspense, type ReactNode } from 'react';
import { useI18n } from '@/lib/i18n/i18n';

export type ChartView = 'chart' | 'table';

/**
 * Every chart is a figure with an accessible name, a one-sentence text summary, and a table
 * alternative; which one shows lives in the URL (the parent passes view and the change handler).
 */
export function ChartFigure({
  id,
  title,
  summary,
  view,
  onViewChange,
  chart,
  table,
  actions,
}: {
  id: string;
  title: string;
  summary: string;
  view: ChartView;
  onViewChange: (view: ChartView) => void;
  chart: ReactNode;
  table: ReactNode;
  actions?: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <figure aria-labelledby={`${id}-caption`} className="card">
      <figcaption id={`${id}-caption`} className="mb-2">
        <span className="font-semibold">{title}</span>
        <span className="mt-1 block text-sm text-muted">{summary}</span>
      </figcaption>
      <div className="mb-3 flex flex-wrap items-center gap-2">
        <div role="group" aria-label={t('chart.viewLabel', { title })} className="flex overflow-hidden rounded-md border border-line text-sm">
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
      {view === 'chart' ? <Suspense fallback={<div className="h-64 animate-pulse rounded bg-surface-2" />}>{chart}</Suspense> : table}
    </figure>
  );
}

/** The chart palette as CSS variables (light and dark themes define them). */
export const SERIES_COLOURS = ['var(--chart-1)', 'var(--chart-2)', 'var(--chart-3)', 'var(--chart-4)', 'var(--chart-5)', 'var(--chart-6)'];
