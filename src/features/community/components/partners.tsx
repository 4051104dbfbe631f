import { DataTable, type Column } from '@/components/ui/data-table';
import { ExternalLink } from '@/components/ui/external-link';
import { SourceLink } from '@/components/ui/source-link';
import { useI18n } from '@/lib/i18n/i18n';
import { publishedCount } from '@/lib/i18n/published-count';
import { useEcosystem } from '@/features/community/dataset';
import type { EcosystemDataset } from '@/features/community/schema';
import { SuggestCorrection } from '@/features/community/components/suggest-correction';

type PartnerYear = EcosystemDataset['partners'][number];

/** App-store partners per year: the stated count, the apps named, or the image they were published in. */
export function Partners() {
  const { t, l, number } = useI18n();
  const columns: Column<PartnerYear>[] = [
    { key: 'year', header: t('common.year'), rowHeader: true, cell: (p) => String(p.year) },
    {
      key: 'stated',
      header: t('community.partners.statedHeader'),
      numeric: true,
      cell: (p) => publishedCount({ t, number }, p.stated),
    },
    {
      key: 'apps',
      header: t('community.partners.apps'),
      cell: (p) => (
        <>
          {p.apps.length > 0 && <bdi>{p.apps.join(', ')}</bdi>}
          {p.imageOnly && (
            <>
              {t('media.notPublishedAsData')} (<ExternalLink href={p.imageOnly}>{t('community.partners.image')}</ExternalLink>)
            </>
          )}
          {p.note && <p className="text-muted">{l(p.note)}</p>}
        </>
      ),
    },
    {
      key: 'source',
      header: t('source.label'),
      cell: (p) => (
        <span className="flex flex-wrap items-baseline gap-x-2">
          <SourceLink url={p.source} compact />
          <SuggestCorrection
            record={`ecosystem.json#partners-${String(p.year)}`}
            name={t('community.partners.record', { year: String(p.year) })}
          />
        </span>
      ),
    },
  ];
  return <DataTable caption={t('community.partners')} columns={columns} rows={useEcosystem().partners} rowKey={(p) => String(p.year)} />;
}
