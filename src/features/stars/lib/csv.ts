import { toCsv } from '@/lib/csv';
import { downloadText } from '@/lib/download';
import type { StarRow } from '@/features/stars/lib/series';

/** The rows as CSV through the one writer (formulas neutralised), UTF-8 with a BOM for spreadsheets. */
export function starsCsv(rows: readonly StarRow[]): string {
  const header = ['repo', 'date', 'stars', 'kind', 'wording_en', 'wording_zh', 'source'];
  return `\uFEFF${toCsv(
    header,
    rows.map((r) => [r.repo, r.date, r.value, r.kind, r.wording, r.wordingZh, r.source]),
  )}`;
}

/** Saves the rows as a CSV file. */
export function downloadStarsCsv(fileName: string, rows: readonly StarRow[]) {
  downloadText(fileName, starsCsv(rows), 'text/csv;charset=utf-8');
}
