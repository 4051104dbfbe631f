import { useI18n } from '@/lib/i18n/i18n';

/**
 * A page's skeleton while its code and data load: blocks in the shape of a page (a row of figures, a
 * panel, a list), about a screen tall so nothing below jumps. Screen readers hear "Loading"; no file
 * name is shown (file names belong in an error's detail).
 */
export function PageLoading() {
  const { t } = useI18n();
  return (
    <div role="status" className="min-h-[60vh]">
      <span className="sr-only">{t('state.loadingPage')}</span>
      <div className="space-y-4" aria-hidden="true">
        <div className="grid grid-cols-2 gap-3 lg:grid-cols-4">
          {[0, 1, 2, 3].map((i) => (
            <div key={i} className="h-24 animate-pulse rounded-xl bg-surface-2" />
          ))}
        </div>
        <div className="h-64 animate-pulse rounded-xl bg-surface-2" />
        <div className="space-y-2">
          {[0, 1, 2].map((i) => (
            <div key={i} className="h-10 animate-pulse rounded-lg bg-surface-2" />
          ))}
        </div>
      </div>
    </div>
  );
}
