import { useI18n } from '@/lib/i18n/i18n';
import { useSource } from '@/lib/sources';
import { isHttpUrl } from '@/components/ui/external-link';

function bareUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return parsed.hostname + parsed.pathname;
  } catch {
    return url;
  }
}

/**
 * A citation: one compact style everywhere. It shows the source's date as a small chip set apart from
 * the text around it; its accessible name, and a tip on hover or keyboard focus, give the post's full
 * title and date. Where sources.json failed, the link names the bare URL.
 */
export function SourceLink({ url, translated = false }: { url: string; translated?: boolean; compact?: boolean }) {
  const { t, l, date, lang } = useI18n();
  const source = useSource(url);
  const full = source ? `${l(source.title)} (${date(source.date)})` : bareUrl(url);
  const chip = source ? date(source.date) : new URL(url).hostname;
  const label = t('source.name', { title: full });
  return (
    <span className="cite">
      {isHttpUrl(url) ? (
        <a href={url} target="_blank" rel="noopener noreferrer" className="cite-link" aria-label={label}>
          <DocumentIcon />
          <bdi>{chip}</bdi>
          <span className="cite-tip" aria-hidden="true">
            <bdi>{full}</bdi>
          </span>
        </a>
      ) : (
        <span className="cite-link">{full}</span>
      )}
      {translated && lang === 'en' && <span className="cite-note">{t('source.translated')}</span>}
    </span>
  );
}

function DocumentIcon() {
  return (
    <svg
      viewBox="0 0 16 16"
      width="12"
      height="12"
      aria-hidden="true"
      className="shrink-0"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.5"
    >
      <path d="M4 1.75h5.5L12.25 4.5v9.75H4z" />
      <path d="M9.25 1.75V4.75h3M6 8h4.5M6 10.5h4.5" />
    </svg>
  );
}
