import { DataTable, type Column } from '@/components/ui/data-table';
import { ExternalLink } from '@/components/ui/external-link';
import { useI18n } from '@/lib/i18n/i18n';
import type { SourceRecord } from '@/lib/sources-schema';
import { useSources } from '@/lib/sources';
import { sourcesNewestFirst } from '@/features/about/lib/sources';

/** Every post the data cites, newest first, with its date and publisher. */
export function SourcesTable() {
  const { t, l, date } = useI18n();
  const sources = sourcesNewestFirst(useSources());
  const columns: Column<SourceRecord>[] = [
    {
      key: 'date',
      header: t('about.sources.date'),
      rowHeader: true,
      className: 'whitespace-nowrap',
      cell: (s) => <time dateTime={s.date}>{date(s.date)}</time>,
    },
    {
      key: 'title',
      header: t('about.sources.title'),
      cell: (s) => (
        <ExternalLink href={s.url}>
          <bdi>{l(s.title)}</bdi>
        </ExternalLink>
      ),
    },
    { key: 'publisher', header: t('about.sources.publisher'), cell: (s) => <bdi>{s.publisher}</bdi> },
  ];
  return sources.length === 0 ? (
    <p className="text-muted">{t('about.sources.none')}</p>
  ) : (
    <DataTable
      caption={t('about.sources.caption', { count: sources.length })}
      captionVisible
      columns={columns}
      rows={sources}
      rowKey={(s) => s.url}
    />
  );
}
