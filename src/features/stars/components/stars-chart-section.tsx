import { lazy, useRef } from 'react';
import { ChartContainer, ChartLegend } from '@/components/charts/chart-container';
import { downloadText } from '@/lib/download';
import { downloadPng, downloadSvg } from '@/lib/export-chart';
import { useI18n } from '@/lib/i18n/i18n';
import { starsChartConfig } from '../lib/chart-config';
import { latestPublished, markerCount, starRows, starSeries, starsCsv, starYears } from '../lib/series';
import { useStars, useStarSnapshots } from '../dataset';
import { StarsControls } from './stars-controls';
import { StarsTable } from './stars-table';
import { useStarsSearch } from './use-stars-search';

const StarsChart = lazy(() => import('./stars-chart'));

/** The stars page's chart: projects and years chosen in the URL, chart or table, exports. Needs the snapshots. */
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
  const series = starSeries(stars, snapshots, search.repos, { from: search.from, to: search.to });
  const rows = starRows(series);
  const milestones = stars.milestones.filter((m) => search.repos.includes(m.repo)).map((m) => ({ value: m.value, label: number(m.value) }));
  const latest = latestPublished(stars, search.repos);
  const svg = () => figureRef.current?.querySelector('svg.recharts-surface');
  const fileBase = `stars-${search.repos.map((r) => r.replace('/', '_')).join('+')}`;
  const title = t('stars.chart.title');
  return (
    <>
      <StarsControls projects={stars.projects} years={years} search={search} onChange={update} />
      <div ref={figureRef}>
        <ChartContainer
          id="stars-chart"
          title={title}
          summary={
            latest
              ? t('stars.chart.summary', { points: markerCount(series), latest: l(latest.wording), date: date(latest.date) })
              : t('stars.chart.summaryEmpty', { points: markerCount(series) })
          }
          view={search.view}
          onViewChange={(view) => update({ view })}
          chart={
            <>
              <StarsChart series={series} config={config} milestones={milestones} />
              <ChartLegend config={config} keys={search.repos} />
            </>
          }
          table={<StarsTable rows={rows} names={names} caption={title} />}
          actions={
            <div className="flex flex-wrap gap-2 text-sm">
              <button type="button" className="btn-quiet" onClick={() => downloadText(`${fileBase}.csv`, starsCsv(rows), 'text/csv;charset=utf-8')}>
                {t('stars.export.csv')}
              </button>
              <button type="button" className="btn-quiet" disabled={search.view !== 'chart'} onClick={() => { const s = svg(); if (s instanceof SVGSVGElement) downloadSvg(s, `${fileBase}.svg`); }}>
                {t('stars.export.svg')}
              </button>
              <button type="button" className="btn-quiet" disabled={search.view !== 'chart'} onClick={() => { const s = svg(); if (s instanceof SVGSVGElement) void downloadPng(s, `${fileBase}.png`); }}>
                {t('stars.export.png')}
              </button>
            </div>
          }
        />
      </div>
    </>
  );
}
