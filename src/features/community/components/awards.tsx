import { DataTable, type Column } from '@/components/ui/data-table';
import { SourceLink } from '@/components/ui/source-link';
import { useI18n } from '@/lib/i18n/i18n';
import { useEcosystem } from '@/features/community/dataset';
import type { EcosystemDataset } from '@/features/community/schema';
import { SuggestCorrection } from '@/features/community/components/suggest-correction';

type Award = EcosystemDataset['awards'][number];

/** Awards, by when they were announced (the year where no date was published). */
export function Awards() {
  const { t, l, date } = useI18n();
  const columns: Column<Award>[] = [
    {
      key: 'date',
      header: t('stars.table.date'),
      cell: (a) => (a.announced ? <time dateTime={a.announced}>{date(a.announced)}</time> : String(a.year)),
    },
    {
      key: 'title',
      header: t('community.awards.title'),
      rowHeader: true,
      cell: (a) => (
        <>
          {l(a.title)}
          {a.note && <p className="text-xs text-muted">{l(a.note)}</p>}
        </>
      ),
    },
    {
      key: 'source',
      header: t('source.label'),
      cell: (a) => (
        <span className="flex flex-wrap items-baseline gap-x-2">
          <SourceLink url={a.source} translated={a.title.enTranslated === true} compact />
          <SuggestCorrection record={`ecosystem.json#${a.id}`} name={l(a.title)} />
        </span>
      ),
    },
  ];
  return <DataTable caption={t('community.awards')} columns={columns} rows={useEcosystem().awards} rowKey={(a) => a.id} />;
}
