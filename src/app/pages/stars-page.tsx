import { useQuery } from '@tanstack/react-query';
import { lazy, useRef } from 'react';
import { useSearchParams } from 'react-router-dom';
import { ChartFigure } from '@/components/charts/chart-figure';
import { Section } from '@/components/layout/section';
import { QueryState } from '@/components/ui/query-state';
import { SourceLink } from '@/components/ui/source-link';
import { markerCount, starRows, starSeries, starsCsv } from '@/features/stars/lib/series';
import { STARS_FILE, starSnapshotsQuery, starsQuery } from '@/features/stars/queries';
import type { StarsDataset, StarSnapshotsDataset } from '@/features/stars/schema';
import { parseStarsSearch, serializeStarsSearch, type StarsSearch } from '@/features/stars/search-params';
import { DatasetErrorView } from '@/components/ui/query-state';
import { downloadText } from '@/lib/download';
import { downloadPng, downloadSvg } from '@/lib/export-chart';
import { useI18n } from '@/lib/i18n/i18n';
import { usePage } from './use-page';

const StarsChart = lazy(() => import('@/features/stars/components/stars-chart'));

/** Every sourced figure as a table row; a component, so that its hundreds of rows are built only when shown. */
function StarsTable({ rows, names }: { rows: ReturnType<typeof starRows>; names: Record<string, string> }) {
  const { t, l, number, date } = useI18n();
  return (
    <div className="max-h-[32rem] overflow-auto">
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{t('stars.table.project')}</th>
            <th scope="col">{t('stars.table.date')}</th>
            <th scope="col" className="num">{t('stars.table.stars')}</th>
            <th scope="col">{t('stars.table.kind')}</th>
            <th scope="col">{t('source.label')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={i}>
              <td>{names[r.repo] ?? r.repo}</td>
              <td>
                <time dateTime={r.date}>{date(r.date)}</time>
              </td>
              <td className="num">{r.kind === 'at-least' ? `≥ ${number(r.value)}` : number(r.value)}</td>
              <td>{r.kind === 'snapshot' ? t('stars.kind.snapshot') : `“${l({ zh: r.wordingZh, en: r.wording })}”`}</td>
              <td>{r.source && <SourceLink url={r.source} compact />}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function StarsView({ stars, snapshots }: { stars: StarsDataset; snapshots: StarSnapshotsDataset | undefined }) {
  const { t, l, number, date } = useI18n();
  const [params, setParams] = useSearchParams();
  const figureRef = useRef<HTMLDivElement>(null);
  const known = stars.projects.map((p) => p.repo);
  const defaults = known.slice(0, 1);
  const allYears = [...new Set([...stars.points.map((p) => p.date), ...(snapshots?.series.flatMap((s) => s.points.map(([d]) => d)) ?? [])].map((d) => Number(d.slice(0, 4))))].sort((a, b) => a - b);
  const search = parseStarsSearch(params, known, defaults, allYears);
  const update = (next: Partial<StarsSearch>) => setParams(serializeStarsSearch({ ...search, ...next }, defaults, params), { preventScrollReset: true });
  const series = starSeries(stars, snapshots, search.repos, { from: search.from, to: search.to });
  const rows = starRows(series);
  const names = Object.fromEntries(stars.projects.map((p) => [p.repo, p.name]));
  const milestones = stars.milestones.filter((m) => search.repos.includes(m.repo)).map((m) => ({ value: m.value, label: number(m.value) }));
  const latest = stars.points.filter((p) => search.repos.includes(p.repo)).sort((a, b) => b.date.localeCompare(a.date))[0];
  const svg = () => figureRef.current?.querySelector('svg.recharts-surface');
  const fileBase = `stars-${search.repos.map((r) => r.replace('/', '_')).join('+')}`;

  return (
    <div className="space-y-8">
      <Section id="chart" title={t('stars.chart.title')}>
        <div className="card mb-4 flex flex-wrap items-end gap-4">
          <fieldset>
            <legend className="text-sm font-medium">{t('stars.projects')}</legend>
            <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
              {stars.projects.map((p) => (
                <label key={p.repo} className="inline-flex items-center gap-1.5 text-sm">
                  <input
                    type="checkbox"
                    checked={search.repos.includes(p.repo)}
                    onChange={() => {
                      const next = search.repos.includes(p.repo) ? search.repos.filter((r) => r !== p.repo) : [...search.repos, p.repo];
                      update({ repos: next.length ? known.filter((r) => next.includes(r)) : defaults });
                    }}
                  />
                  {p.name}
                </label>
              ))}
            </div>
          </fieldset>
          {(['from', 'to'] as const).map((key) => (
            <label key={key} className="text-sm font-medium">
              {t(key === 'from' ? 'stars.from' : 'stars.to')}{' '}
              <select
                value={search[key] ?? ''}
                onChange={(e) => update({ [key]: e.target.value ? Number(e.target.value) : undefined })}
                className="focus-ring ml-1 rounded-md border border-line bg-surface px-2 py-1"
              >
                <option value="">{t('stars.anyYear')}</option>
                {allYears.map((y) => (
                  <option key={y} value={y}>
                    {y}
                  </option>
                ))}
              </select>
            </label>
          ))}
        </div>
        <div ref={figureRef}>
          <ChartFigure
            id="stars-chart"
            title={t('stars.chart.title')}
            summary={
              latest
                ? t('stars.chart.summary', { points: markerCount(series), latest: l(latest.wording), date: date(latest.date) })
                : t('stars.chart.summaryEmpty', { points: markerCount(series) })
            }
            view={search.view}
            onViewChange={(view) => update({ view })}
            chart={<StarsChart series={series} names={names} milestones={milestones} />}
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
            table={
              <StarsTable rows={rows} names={names} />
            }
          />
        </div>
        <p className="mt-2 text-sm text-muted">{t('stars.honesty')}</p>
      </Section>
      <Section id="published" title={t('stars.published')}>
        <ul className="space-y-2">
          {stars.points.map((p, i) => (
            <li key={i} className="card">
              <p className="font-semibold">
                {names[p.repo] ?? p.repo} · {p.kind === 'at-least' ? `≥ ${number(p.value)}` : number(p.value)} · {date(p.date)}
              </p>
              <p className="text-sm">“{l(p.wording)}”</p>
              <SourceLink url={p.source} translated={p.wording.enTranslated === true} />
            </li>
          ))}
        </ul>
      </Section>
      {snapshots && (
        <Section id="snapshots" title={t('stars.snapshots')}>
          <ul className="space-y-2 text-sm">
            {snapshots.series.map((s) => (
              <li key={s.repo + s.source}>
                <strong>{names[s.repo] ?? s.repo}</strong>: {t('stars.snapshots.line', { count: s.points.length, from: date(s.points[0]?.[0] ?? ''), to: date(s.points.at(-1)?.[0] ?? '') })} — {l(s.note)}{' '}
                <SourceLink url={s.source} compact />
              </li>
            ))}
          </ul>
        </Section>
      )}
    </div>
  );
}

export default function StarsPage() {
  const starsResult = useQuery(starsQuery);
  const snapshotsResult = useQuery(starSnapshotsQuery);
  usePage('stars.title', starsResult.isSuccess && !snapshotsResult.isPending);
  return (
    <>
      {snapshotsResult.isError && (
        <div className="mb-4">
          <DatasetErrorView error={snapshotsResult.error} onRetry={() => void snapshotsResult.refetch()} retrying={snapshotsResult.isFetching} />
        </div>
      )}
      <QueryState query={starsResult} file={`data/${STARS_FILE}`}>
        {(data) => <StarsView stars={data} snapshots={snapshotsResult.data} />}
      </QueryState>
    </>
  );
}
