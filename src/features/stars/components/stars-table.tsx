import { DataTable, type Column } from '@/components/ui/data-table';
import { SourceLink } from '@/components/ui/source-link';
import { useI18n } from '@/lib/i18n/i18n';
import type { StarRow } from '../lib/series';

/** Every sourced figure as a table row; a component, so that its hundreds of rows are built only when shown. */
export function StarsTable({ rows, names, caption, showProject = true }: { rows: readonly StarRow[]; names: Readonly<Record<string, string>>; caption: string; showProject?: boolean }) {
  const { t, l, number, date } = useI18n();
  const columns: Column<StarRow>[] = [
    ...(showProject ? [{ key: 'project', header: t('stars.table.project'), cell: (r: StarRow) => <bdi>{names[r.repo] ?? r.repo}</bdi> }] : []),
    { key: 'date', header: t('stars.table.date'), rowHeader: !showProject, cell: (r) => <time dateTime={r.date}>{date(r.date)}</time> },
    { key: 'stars', header: t('stars.table.stars'), numeric: true, cell: (r) => (r.kind === 'at-least' ? `≥ ${number(r.value)}` : number(r.value)) },
    { key: 'kind', header: t('stars.table.kind'), cell: (r) => (r.kind === 'snapshot' ? t('stars.kind.snapshot') : `“${l({ zh: r.wordingZh, en: r.wording })}”`) },
    { key: 'source', header: t('source.label'), cell: (r) => r.source && <SourceLink url={r.source} compact /> },
  ];
  return <DataTable caption={caption} columns={columns} rows={rows} rowKey={(r, i) => `${r.repo}-${r.date}-${r.kind}-${i}`} scroll />;
}
