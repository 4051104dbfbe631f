import { memo, useMemo } from 'react';
import { Section } from '@/components/layout/section';
import { DataTable, type Column } from '@/components/ui/data-table';
import { SourceLink } from '@/components/ui/source-link';
import { useI18n } from '@/lib/i18n/i18n';
import { statedVsListed, type StatedRow } from '../lib/counts';
import type { EventsDataset } from '../schema';

/** Each total a post states beside the number of events the data lists, with the post's wording and source. */
export const StatedVsListed = memo(function StatedVsListed({ data }: { data: EventsDataset }) {
  const { t, l, number } = useI18n();
  const rows = useMemo(() => statedVsListed(data), [data]);
  const columns: Column<StatedRow>[] = [
    { key: 'year', header: t('common.year'), rowHeader: true, cell: (r) => String(r.year) },
    { key: 'type', header: t('events.filter.type'), cell: (r) => t(`eventType.${r.type}`) },
    { key: 'stated', header: t('events.stated.stated'), numeric: true, cell: (r) => number(r.stated) },
    { key: 'listed', header: t('events.stated.listed'), numeric: true, cell: (r) => number(r.listed) },
    {
      key: 'wording',
      header: t('events.stated.wording'),
      cell: (r) => (
        <>
          “{l(r.wording)}” <SourceLink url={r.source} compact />
        </>
      ),
    },
  ];
  return (
    <Section id="stated-vs-listed" title={t('events.stated.title')}>
      <DataTable caption={t('events.stated.title')} columns={columns} rows={rows} rowKey={(r) => `${r.year}-${r.type}`} />
    </Section>
  );
});
