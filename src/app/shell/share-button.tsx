import { useState } from 'react';
import { copyText } from '@/components/ui/copy-link-button';
import { useI18n, type Lang } from '@/lib/i18n/i18n';
import { addressInLang } from '@/lib/lang-path';

type Status = 'idle' | 'copied' | 'failed';

/** The page's address as a link to share, with the language first: it opens, and unfurls, in the language it was shared in. */
export function shareUrl(href: string, lang: Lang, base: string = import.meta.env.BASE_URL): string {
  const url = new URL(href);
  return `${url.origin}${addressInLang(url, base, lang)}`;
}

/**
 * Share this view: on a phone with a share sheet it opens the sheet; elsewhere it copies the link to
 * exactly what is on screen (filters, view, section) and says so.
 */
export function ShareButton() {
  const { t, lang } = useI18n();
  const [status, setStatus] = useState<Status>('idle');

  async function share() {
    const url = shareUrl(window.location.href, lang);
    const coarse = window.matchMedia('(pointer: coarse)').matches;
    if (coarse && typeof navigator.share === 'function') {
      try {
        await navigator.share({ url, title: document.title });
        return;
      } catch (error) {
        // The reader closed the sheet: nothing to say. Any other failure falls back to copying.
        if (error instanceof DOMException && error.name === 'AbortError') return;
      }
    }
    setStatus((await copyText(url)) ? 'copied' : 'failed');
  }

  return (
    <span className="relative inline-flex items-center">
      <button
        type="button"
        className="btn-quiet inline-flex items-center gap-1.5 text-sm"
        onClick={() => void share()}
        onBlur={() => setStatus('idle')}
      >
        <svg
          viewBox="0 0 16 16"
          width="14"
          height="14"
          aria-hidden="true"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.6"
          strokeLinecap="round"
          strokeLinejoin="round"
        >
          <path d="M8 10V2.5M5 5.25 8 2.25l3 3M3.25 8.5v4.75h9.5V8.5" />
        </svg>
        {t('share.button')}
      </button>
      <span role="status" className="share-status">
        {status === 'copied' ? t('share.copied') : status === 'failed' ? t('share.failed') : ''}
      </span>
    </span>
  );
}
