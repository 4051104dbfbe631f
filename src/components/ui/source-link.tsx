import { useI18n } from '@/lib/i18n/i18n';
import { useSource } from '@/lib/sources';
import { ExternalLink } from './external-link';

/** Names a figure's source: the post's title and date, linked. */
export function SourceLink({ url, translated = false, compact = false }: { url: string; translated?: boolean; compact?: boolean }) {
  const { t, l, date } = useI18n();
  const source = useSource(url);
  const label = source ? `${l(source.title)} (${date(source.date)})` : new URL(url).hostname + new URL(url).pathname;
  return (
    <span className="text-xs text-muted">
      {!compact && <>{t('source.label')}: </>}
      <ExternalLink href={url}>{label}</ExternalLink>
      {translated && <> · {t('source.translated')}</>}
    </span>
  );
}
