import { useI18n } from '@/lib/i18n/i18n';

export function PageCrash({ onRetry }: { onRetry: () => void }) {
  const { t } = useI18n();
  return (
    <div role="alert" className="rounded-lg border border-danger bg-danger-soft p-4">
      <h1 className="text-xl font-semibold">{t('state.crash.title')}</h1>
      <p className="mt-1">{t('state.crash.body')}</p>
      <button type="button" className="btn mt-3" onClick={onRetry}>
        {t('state.retry')}
      </button>
    </div>
  );
}
