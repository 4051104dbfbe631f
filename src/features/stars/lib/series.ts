import type { StarPoint, StarsDataset, StarSnapshotsDataset } from '@/features/stars/schema';

export const DAY = 86_400_000;
/** Two snapshots further apart than this are not joined by a solid line: the gap is drawn as "unknown". */
export const GAP_DAYS = 14;

export type Point = { t: number; date: string; value: number };
export type RepoSeries = {
  repo: string;
  /** Runs of dated snapshots; within a run consecutive points are at most GAP_DAYS apart. */
  segments: Point[][];
  /** Dashed connectors across gaps: nothing is known between their two ends. */
  gaps: [Point, Point][];
  /** Published figures ("over 10,000"), drawn as markers only. */
  published: (Point & { kind: 'exact' | 'at-least'; wording: StarsDataset['points'][number]['wording']; source: string })[];
  snapshotSource: string | undefined;
};

export function toTime(date: string): number {
  return Date.parse(`${date}T00:00:00Z`);
}

/**
 * Shapes sourced star figures for a chart: only the points the sources give, split into runs at gaps.
 * Nothing is interpolated: every returned point is a sourced one.
 */
export function starSeries(
  stars: StarsDataset,
  snapshots: StarSnapshotsDataset | undefined,
  repos: readonly string[],
  range: { from?: number; to?: number } = {},
): RepoSeries[] {
  const inRange = (date: string) => {
    const year = Number(date.slice(0, 4));
    return (range.from === undefined || year >= range.from) && (range.to === undefined || year <= range.to);
  };
  return repos.map((repo) => {
    const dense = (snapshots?.series ?? [])
      .filter((s) => s.repo === repo)
      .flatMap((s) => s.points)
      .filter(([date]) => inRange(date))
      .map(([date, value]) => ({ t: toTime(date), date, value }))
      .sort((a, b) => a.t - b.t);
    const unique = dense.filter((p, i) => i === 0 || dense[i - 1]?.date !== p.date);
    const segments: Point[][] = [];
    for (const p of unique) {
      const current = segments.at(-1);
      const last = current?.at(-1);
      if (current && last && p.t - last.t <= GAP_DAYS * DAY) current.push(p);
      else segments.push([p]);
    }
    const gaps: [Point, Point][] = [];
    for (let i = 1; i < segments.length; i += 1) {
      const end = segments[i - 1]?.at(-1);
      const start = segments[i]?.[0];
      if (end && start) gaps.push([end, start]);
    }
    const published = stars.points
      .filter((p) => p.repo === repo && inRange(p.date))
      .map((p) => ({ t: toTime(p.date), date: p.date, value: p.value, kind: p.kind, wording: p.wording, source: p.source }))
      .sort((a, b) => a.t - b.t);
    return { repo, segments, gaps, published, snapshotSource: snapshots?.series.find((s) => s.repo === repo)?.source };
  });
}

export function markerCount(series: readonly RepoSeries[]): number {
  return series.reduce((n, s) => n + s.published.length + s.segments.reduce((m, seg) => m + seg.length, 0), 0);
}

export type StarRow = {
  repo: string;
  date: string;
  value: number;
  kind: 'exact' | 'at-least' | 'snapshot';
  wording: string;
  wordingZh: string;
  source: string;
};

/** A published figure as a table and CSV row. */
function publishedRow(repo: string, p: Pick<StarPoint, 'date' | 'value' | 'kind' | 'wording' | 'source'>): StarRow {
  return { repo, date: p.date, value: p.value, kind: p.kind, wording: p.wording.en, wordingZh: p.wording.zh, source: p.source };
}

/** Every sourced figure in the series as rows (for the table view and the CSV). */
export function starRows(series: readonly RepoSeries[]): StarRow[] {
  return series
    .flatMap((s) => [
      ...s.published.map((p) => publishedRow(s.repo, p)),
      ...s.segments.flat().map((p) => ({
        repo: s.repo,
        date: p.date,
        value: p.value,
        kind: 'snapshot' as const,
        wording: '',
        wordingZh: '',
        source: s.snapshotSource ?? '',
      })),
    ])
    .sort((a, b) => a.repo.localeCompare(b.repo) || a.date.localeCompare(b.date));
}

/**
 * Every year from the first published figure or snapshot to the last, ascending, including years in
 * between that have none (a From/To choice must not skip a year).
 */
export function starYears(stars: StarsDataset, snapshots: StarSnapshotsDataset | undefined): number[] {
  const years = [...stars.points.map((p) => p.date), ...(snapshots?.series.flatMap((s) => s.points.map(([d]) => d)) ?? [])].map((d) =>
    Number(d.slice(0, 4)),
  );
  if (years.length === 0) return [];
  const first = Math.min(...years);
  return Array.from({ length: Math.max(...years) - first + 1 }, (_, i) => first + i);
}

/** The latest published figure of the given projects, within the range of years if one is given. */
export function latestPublished(
  stars: StarsDataset,
  repos: readonly string[],
  range: { from?: number; to?: number } = {},
): StarsDataset['points'][number] | undefined {
  return stars.points
    .filter((p) => {
      const year = Number(p.date.slice(0, 4));
      return repos.includes(p.repo) && (range.from === undefined || year >= range.from) && (range.to === undefined || year <= range.to);
    })
    .sort((a, b) => b.date.localeCompare(a.date))[0];
}

/** The published figures of the given projects as table rows, by date. */
export function publishedRows(stars: StarsDataset, repos: readonly string[]): StarRow[] {
  return stars.points
    .filter((p) => repos.includes(p.repo))
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((p) => publishedRow(p.repo, p));
}

/** On a log scale a 0 has no place: such points are left out (a linear scale keeps everything). */
export function forScale(series: readonly RepoSeries[], scale: 'linear' | 'log'): RepoSeries[] {
  if (scale === 'linear') return [...series];
  const positive = <P extends Point>(points: readonly P[]) => points.filter((p) => p.value > 0);
  return series.map((s) => ({
    ...s,
    segments: s.segments.map((seg) => positive(seg)).filter((seg) => seg.length > 0),
    gaps: s.gaps.filter(([a, b]) => a.value > 0 && b.value > 0),
    published: positive(s.published),
  }));
}
