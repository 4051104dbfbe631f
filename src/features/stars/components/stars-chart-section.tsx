import { lazy, useRef } from 'react';
import { ChartContainer } from '@/components/charts/chart-container';
import { useI18n } from '@/lib/i18n/i18n';
import { starsChartConfig } from '@/features/stars/lib/chart-config';
import { latestPublished, markerCount, starRows, starSeries, starYears, type StarRow } from '@/features/stars/lib/series';
import { useStars, useStarSnapshots } from '@/features/stars/dataset';
import { chartAtDefault } from '@/features/stars/search-params';
import { StarsControls } from '@/features/stars/components/stars-controls';
import { StarsLegend } from '@/features/stars/components/stars-legend';
import { changeView, LazyStarsTableView, preloadStarsTable } from '@/features/stars/components/lazy-stars-table';
import { useStarsSearch } from '@/features/stars/components/use-stars-search';

const StarsChart = lazy(() => import('@/features/stars/components/stars-chart'));

/** The exports' code (the CSV writer, the chart's image) loads with the click that asks for it. */
const exports = () => import('@/features/stars/components/stars-exports');
async function downloadCsv(fileName: string, rows: readonly StarRow[]) {
  (await exports()).downloadStarsCsv(fileName, rows);
}

/** The stars page's chart: projects, years and scale chosen in the URL, chart or (rolled-up, sortable) table, exports. Needs the snapshots. */
export function StarsChartSection() {
  const { t, l, number, date } = useI18n();
  const stars = useStars();
  const snapshots = useStarSnapshots();
  const figureRef = useRef<HTMLDivElement>(null);
  const known = stars.projects.map((p) => p.repo);
  const years = starYears(stars, snapshots);
  const [search, update] = useStarsSearch(known, years);
  const config = starsChartConfig(stars);
  const names = Object.fromEntries(stars.projects.map((p) => [p.repo, p.name]));
  const range = { from: search.from, to: search.to };
  const series = starSeries(stars, snapshots, search.repos, range);
  const rows = starRows(series);
  const milestones = stars.milestones
    .filter(
      (m) =>
        search.repos.includes(m.repo) &&
        (search.from === undefined || m.year >= search.from) &&
        (search.to === undefined || m.year <= search.to),
    )
    .map((m) => ({ value: m.value, label: search.repos.length > 1 ? `${number(m.value)} · ${names[m.repo] ?? m.repo}` : number(m.value) }));
  const latest = latestPublished(stars, search.repos, range);
  const points = markerCount(series);
  const span = { from: String(search.from ?? years[0] ?? ''), to: String(search.to ?? years.at(-1) ?? '') };
  const fileBase = `stars-${search.repos.map((r) => r.replace('/', '_')).join('+')}`;
  /** The drawn chart as an image file; the code that waits for it and writes it loads with the click. */
  const exportChart = async (kind: 'svg' | 'png') => {
    await (await exports()).exportStarsChart(() => figureRef.current, kind, fileBase);
  };
  const title = t('stars.chart.title');
  // The table's code loads when the reader reaches for the figure; the view changes in a transition, so the
  // chart stays until the table can show (never a skeleton).
  const preload = () => void preloadStarsTable();
  return (
    <>
      <StarsControls projects={stars.projects} years={years} search={search} onChange={update} />
      <div ref={figureRef} onPointerOver={preload} onTouchStart={preload} onFocus={preload}>
        <ChartContainer
          id="stars-chart"
          title={title}
          summary={
            latest
              ? t('stars.chart.summaryRange', { points, ...span, latest: l(latest.wording), date: date(latest.date) })
              : t('stars.chart.summaryRangeEmpty', { points, ...span })
          }
          view={search.view}
          onViewChange={(view) => changeView(() => update({ view }))}
          chart={<StarsChart series={series} config={config} milestones={milestones} scale={search.scale} />}
          legend={<StarsLegend series={series} config={config} />}
          plot="tall"
          atDefault={chartAtDefault(search, known)}
          table={
            <LazyStarsTableView
              rows={rows}
              names={names}
              caption={title}
              by={search.by}
              sorting={{ sort: search.sort, dir: search.dir, onSort: (sort, dir) => update({ sort, dir }) }}
              onRollUp={(by) => update({ by })}
            />
          }
          actions={
            <div className="flex flex-wrap gap-2 text-sm">
              <button type="button" className="btn-quiet" onClick={() => void downloadCsv(`${fileBase}.csv`, rows)}>
                {t('stars.export.csv')}
              </button>
              <button type="button" className="btn-quiet" disabled={search.view !== 'chart'} onClick={() => void exportChart('svg')}>
                {t('stars.export.svg')}
              </button>
              <button type="button" className="btn-quiet" disabled={search.view !== 'chart'} onClick={() => void exportChart('png')}>
                {t('stars.export.png')}
              </button>
            </div>
          }
        />
      </div>
    </>
  );
}
