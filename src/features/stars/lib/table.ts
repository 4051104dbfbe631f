import type { Direction, Rollup, StarsSort } from '@/features/stars/search-params';
import type { StarRow } from '@/features/stars/lib/series';

/**
 * Rolls rows up by month or year: per project and period, the last figure known in it (a published
 * figure wins over a snapshot of the same day). The row's date becomes the period (`2024-05`, `2024`);
 * its value, kind, wording and source stay those of that figure. `point` keeps every row.
 */
export function rollUp(rows: readonly StarRow[], by: Rollup): StarRow[] {
  if (by === 'point') return [...rows];
  const length = by === 'month' ? 7 : 4;
  const last = new Map<string, StarRow>();
  for (const row of rows) {
    const key = `${row.repo}\u0000${row.date.slice(0, length)}`;
    const held = last.get(key);
    const later = !held || row.date > held.date || (row.date === held.date && held.kind === 'snapshot' && row.kind !== 'snapshot');
    if (later) last.set(key, row);
  }
  return [...last.values()].map((row) => ({ ...row, date: row.date.slice(0, length) }));
}

/** Rows sorted by a column, ascending or descending; ties by project, then date. */
export function sortRows(
  rows: readonly StarRow[],
  sort: StarsSort,
  dir: Direction,
  names: Readonly<Record<string, string>> = {},
): StarRow[] {
  const name = (row: StarRow) => names[row.repo] ?? row.repo;
  const byProject = (a: StarRow, b: StarRow) => name(a).localeCompare(name(b));
  const byDate = (a: StarRow, b: StarRow) => a.date.localeCompare(b.date);
  const primary = sort === 'project' ? byProject : sort === 'date' ? byDate : (a: StarRow, b: StarRow) => a.value - b.value;
  const sign = dir === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => sign * primary(a, b) || byProject(a, b) || byDate(a, b));
}
