import { useI18n } from '@/lib/i18n/i18n';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useScrollToHash } from '@/lib/use-scroll-to-hash';
import type { MessageKey } from '@/lib/i18n/en';

/** What every page does: set the document title, and scroll to the #section once its data is ready. */
export function usePage(titleKey: MessageKey, ready: boolean, titleOverride?: string) {
  const { t } = useI18n();
  const title = titleOverride ?? t(titleKey);
  useDocumentTitle(title, t('app.tagline'));
  useScrollToHash(ready);
  return title;
}
