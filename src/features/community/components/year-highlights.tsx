import { SourceLink } from '@/components/ui/source-link';
import { useI18n } from '@/lib/i18n/i18n';
import { useCommunity, useEcosystem } from '@/features/community/dataset';
import { yearHighlights, type Highlight } from '@/features/community/lib/highlights';

function HighlightText({ item }: { item: Highlight }) {
  const { t, l } = useI18n();
  switch (item.kind) {
    case 'milestone':
      return (
        <>
          <bdi>{item.project}</bdi>
          {t('common.colon')}
          {l(item.text)}
        </>
      );
    case 'award':
      return <>{l(item.title)}</>;
    case 'committee':
      return <>{t('overview.committeeFounded', { city: l(item.city) })}</>;
    case 'initiative':
      return (
        <>
          {l(item.name)}
          {t('common.colon')}
          {l(item.description)}
        </>
      );
  }
}

/** What happened in a year according to the data, by date, each with its source. */
export function YearHighlights({ year }: { year: number }) {
  const { t, date } = useI18n();
  const items = yearHighlights(year, useCommunity(), useEcosystem());
  if (items.length === 0) return <p className="text-muted">{t('overview.noHighlights')}</p>;
  return (
    <ul className="space-y-1">
      {items.map((h) => (
        <li key={h.key}>
          <time dateTime={h.date} className="font-medium">
            {date(h.date)}
          </time>{' '}
          · <HighlightText item={h} /> <SourceLink url={h.source} compact />
        </li>
      ))}
    </ul>
  );
}
