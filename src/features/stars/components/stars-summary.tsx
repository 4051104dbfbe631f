import { lazy } from 'react';
import { Link } from 'react-router-dom';
import { ChartContainer } from '@/components/charts/chart-container';
import { useI18n } from '@/lib/i18n/i18n';
import { ROUTES } from '@/lib/routes';
import type { View } from '@/lib/url-state';
import { OVERVIEW_STARS_CHART, starsChartConfig } from '@/features/stars/lib/chart-config';
import { latestPublished, markerCount, publishedRows, starSeries } from '@/features/stars/lib/series';
import { useStars, useStarSnapshots } from '@/features/stars/dataset';
import { starsSearch } from '@/features/stars/search-params';
import { changeView, LazyStarsTable, preloadStarsTable } from '@/features/stars/components/lazy-stars-table';

const StarsChart = lazy(() => import('@/features/stars/components/stars-chart'));

/** The overview's compact stars figure: the first project's sourced points, chart or table. Loaded when scrolled to. */
export default function StarsSummary({ view, onViewChange }: { view: View; onViewChange: (view: View) => void }) {
  const { t, l, date, number } = useI18n();
  const stars = useStars();
  const snapshots = useStarSnapshots();
  const repo = stars.projects[0]?.repo ?? '';
  const series = starSeries(stars, snapshots, [repo]);
  const latest = latestPublished(stars, [repo]);
  const title = t('overview.starsTitle');
  const preload = () => void preloadStarsTable();
  // The table's code loads when the reader reaches for the figure; the view changes in a transition, so the
  // chart stays until the table can show (never a skeleton).
  return (
    <div onPointerOver={preload} onTouchStart={preload} onFocus={preload}>
      <ChartContainer
        id={OVERVIEW_STARS_CHART}
        title={title}
        summary={
          latest ? t('stars.chart.summary', { points: markerCount(series), latest: l(latest.wording), date: date(latest.date) }) : ''
        }
        view={view}
        onViewChange={(next) => changeView(() => onViewChange(next))}
        chart={
          <StarsChart
            series={series}
            config={starsChartConfig(stars)}
            milestones={stars.milestones.map((m) => ({ value: m.value, label: number(m.value) }))}
            compact
          />
        }
        plot="compact"
        table={<LazyStarsTable rows={publishedRows(stars, [repo])} names={{}} caption={title} showProject={false} />}
        actions={
          <Link to={starsSearch.href(ROUTES.stars)} className="link text-sm">
            {t('overview.allStars')}
          </Link>
        }
      />
    </div>
  );
}
