import { useQuery } from '@tanstack/react-query';
import { lazy } from 'react';
import { Link } from 'react-router-dom';
import { ChartFigure, type ChartView } from '@/components/charts/chart-figure';
import { QueryState } from '@/components/ui/query-state';
import { SourceLink } from '@/components/ui/source-link';
import { useI18n } from '@/lib/i18n/i18n';
import { paths } from '@/lib/paths';
import { starSeries } from '../lib/series';
import { STARS_FILE, starSnapshotsQuery, starsQuery } from '../queries';

const StarsChart = lazy(() => import('./stars-chart'));

/** The overview's compact stars figure: the first project's sourced points, chart or table. */
export default function StarsSummary({ view, onViewChange }: { view: ChartView; onViewChange: (view: ChartView) => void }) {
  const { t, l, date, number } = useI18n();
  const stars = useQuery(starsQuery);
  const snapshots = useQuery(starSnapshotsQuery);
  return (
    <QueryState query={stars} file={`data/${STARS_FILE}`}>
      {(s) => {
        const repo = s.projects[0]?.repo ?? '';
        const series = starSeries(s, snapshots.data, [repo]);
        const points = s.points.filter((p) => p.repo === repo);
        const latest = points.at(-1);
        return (
          <ChartFigure
            id="overview-stars"
            title={t('overview.starsTitle')}
            summary={latest ? t('stars.chart.summary', { points: points.length + series.reduce((n, x) => n + x.segments.flat().length, 0), latest: l(latest.wording), date: date(latest.date) }) : ''}
            view={view}
            onViewChange={onViewChange}
            chart={<StarsChart series={series} names={{}} milestones={s.milestones.map((m) => ({ value: m.value, label: number(m.value) }))} compact />}
            table={
              <table className="data-table">
                <thead>
                  <tr>
                    <th scope="col">{t('stars.table.date')}</th>
                    <th scope="col" className="num">{t('stars.table.stars')}</th>
                    <th scope="col">{t('stars.table.kind')}</th>
                    <th scope="col">{t('source.label')}</th>
                  </tr>
                </thead>
                <tbody>
                  {points.map((p) => (
                    <tr key={p.date + p.source}>
                      <td>
                        <time dateTime={p.date}>{date(p.date)}</time>
                      </td>
                      <td className="num">{p.kind === 'at-least' ? `≥ ${number(p.value)}` : number(p.value)}</td>
                      <td>“{l(p.wording)}”</td>
                      <td>
                        <SourceLink url={p.source} compact />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            }
            actions={
              <Link to={paths.stars()} className="link text-sm">
                {t('overview.allStars')}
              </Link>
            }
          />
        );
      }}
    </QueryState>
  );
}
