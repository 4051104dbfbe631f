import { memo, useMemo, useState } from 'react';
import { useLocation } from 'react-router-dom';
import { Section } from '@/components/layout/section';
import { DataTable, type Column } from '@/components/ui/data-table';
import { SourceLink } from '@/components/ui/source-link';
import { useI18n } from '@/lib/i18n/i18n';
import { statedVsListed, type StatedRow } from '@/features/events/lib/counts';
import type { EventsDataset } from '@/features/events/schema';
import { EVENTS_SECTION_IDS } from '@/features/events/sections';

/**
 * How the totals are counted: each total a post states beside the number of events the data lists, with
 * the post's wording and source, folded away; a link to the section (`#stated-vs-listed`) unfolds it.
 */
export const StatedVsListed = memo(function StatedVsListed({ data }: { data: EventsDataset }) {
  const { t, l, number } = useI18n();
  const linked = useLocation().hash === `#${EVENTS_SECTION_IDS.howCounted}`;
  const [opened, setOpened] = useState(false);
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
          “<bdi>{l(r.wording)}</bdi>” <SourceLink url={r.source} compact />
        </>
      ),
    },
  ];
  return (
    <Section id={EVENTS_SECTION_IDS.howCounted} title={t('events.howCounted.title')}>
      <p className="mb-2 text-sm">{t('events.howCounted.body')}</p>
      <details open={linked || opened} onToggle={(e) => setOpened(e.currentTarget.open)} className="card">
        <summary className="focus-ring cursor-pointer font-medium">{t('events.stated.title')}</summary>
        <div className="mt-3">
          <DataTable caption={t('events.stated.title')} columns={columns} rows={rows} rowKey={(r) => `${r.year}-${r.type}`} scroll />
        </div>
      </details>
    </Section>
  );
});
