import { DataTable, type Column } from '@/components/ui/data-table';
import { SourceLink } from '@/components/ui/source-link';
import { useI18n } from '@/lib/i18n/i18n';
import type { StarRow } from '@/features/stars/lib/series';
import { rollUp, sortRows } from '@/features/stars/lib/table';
import { ROLLUPS, type Direction, type Rollup, type StarsSort } from '@/features/stars/search-params';

export type TableSort = { sort: StarsSort; dir: Direction; onSort: (sort: StarsSort, dir: Direction) => void };

function SortButton({ column, label, sorting }: { column: StarsSort; label: string; sorting: TableSort }) {
  const { t } = useI18n();
  const active = sorting.sort === column;
  const next: Direction = active && sorting.dir === 'asc' ? 'desc' : 'asc';
  const state = active
    ? t(sorting.dir === 'asc' ? 'stars.sort.asc' : 'stars.sort.desc', { column: label })
    : t('stars.sort.none', { column: label });
  return (
    <button
      type="button"
      className="focus-ring inline-flex items-center gap-1 font-semibold"
      onClick={() => sorting.onSort(column, next)}
      aria-label={state}
    >
      {label}
      <span aria-hidden="true" className={active ? '' : 'text-muted'}>
        {active ? (sorting.dir === 'asc' ? '▲' : '▼') : '↕'}
      </span>
    </button>
  );
}

/** Sourced figures as a table (rows built only when shown); columns sort when `sorting` is given. */
export function StarsTable({
  rows,
  names,
  caption,
  showProject = true,
  sorting,
}: {
  rows: readonly StarRow[];
  names: Readonly<Record<string, string>>;
  caption: string;
  showProject?: boolean;
  sorting?: TableSort;
}) {
  const { t, l, number, date } = useI18n();
  const header = (column: StarsSort, label: string) => (sorting ? <SortButton column={column} label={label} sorting={sorting} /> : label);
  const columns: Column<StarRow>[] = [
    ...(showProject
      ? [
          {
            key: 'project',
            header: header('project', t('stars.table.project')),
            cell: (r: StarRow) => <bdi>{names[r.repo] ?? r.repo}</bdi>,
          },
        ]
      : []),
    {
      key: 'date',
      header: header('date', t('stars.table.date')),
      rowHeader: !showProject,
      cell: (r) => <time dateTime={r.date}>{date(r.date)}</time>,
    },
    {
      key: 'stars',
      header: header('stars', t('stars.table.stars')),
      numeric: true,
      cell: (r) => (r.kind === 'at-least' ? `≥ ${number(r.value)}` : number(r.value)),
    },
    {
      key: 'kind',
      header: t('stars.table.kind'),
      cell: (r) => (r.kind === 'snapshot' ? t('stars.kind.snapshot') : `“${l({ zh: r.wordingZh, en: r.wording })}”`),
    },
    { key: 'source', header: t('source.label'), cell: (r) => r.source && <SourceLink url={r.source} compact /> },
  ];
  return <DataTable caption={caption} columns={columns} rows={rows} rowKey={(r, i) => `${r.repo}-${r.date}-${r.kind}-${i}`} scroll />;
}

/** The stars page's table view: rows rolled up (each point, month or year) and sorted as the URL says. */
export function StarsTableView({
  rows,
  names,
  caption,
  by,
  sorting,
  onRollUp,
}: {
  rows: readonly StarRow[];
  names: Readonly<Record<string, string>>;
  caption: string;
  by: Rollup;
  sorting: TableSort;
  onRollUp: (by: Rollup) => void;
}) {
  const { t } = useI18n();
  return (
    <>
      <label className="mb-2 inline-block text-sm font-medium">
        {t('stars.rollup.label')}{' '}
        <select
          value={by}
          onChange={(e) => onRollUp(ROLLUPS.find((r) => r === e.target.value) ?? 'point')}
          className="focus-ring ml-1 rounded-md border border-line bg-surface px-2 py-1"
        >
          {ROLLUPS.map((r) => (
            <option key={r} value={r}>
              {t(`stars.rollup.${r}`)}
            </option>
          ))}
        </select>
      </label>
      <StarsTable rows={sortRows(rollUp(rows, by), sorting.sort, sorting.dir, names)} names={names} caption={caption} sorting={sorting} />
    </>
  );
}
