import { DataTable, type Column } from '@/components/ui/data-table';
import { ExternalLink } from '@/components/ui/external-link';
import { SourceLink } from '@/components/ui/source-link';
import { useI18n } from '@/lib/i18n/i18n';
import { useMedia } from '@/features/media/dataset';
import type { MediaDataset } from '@/features/media/schema';

type FollowerImage = MediaDataset['images'][number];

/** Per year, the image the follower figures were published in: linked, and said to be no data. */
export function FollowerImages() {
  const { t, l, date } = useI18n();
  const columns: Column<FollowerImage>[] = [
    // A year is a name, not a quantity: never "2,021".
    { key: 'year', header: t('common.year'), rowHeader: true, cell: (image) => String(image.year) },
    {
      key: 'figures',
      header: t('media.followers'),
      cell: (image) => (
        <>
          <strong>{t('media.notPublishedAsData')}</strong>
          {image.asOf && <div className="text-xs text-muted">{t('media.asOf', { date: date(image.asOf) })}</div>}
          {image.note && <div className="text-xs text-muted">{l(image.note)}</div>}
        </>
      ),
    },
    {
      key: 'image',
      header: t('media.image'),
      cell: (image) => <ExternalLink href={image.image}>{t('media.openImage', { year: String(image.year) })}</ExternalLink>,
    },
    { key: 'source', header: t('source.label'), cell: (image) => <SourceLink url={image.source} compact /> },
  ];
  return <DataTable caption={t('media.byYear')} columns={columns} rows={useMedia().images} rowKey={(image) => String(image.year)} />;
}
