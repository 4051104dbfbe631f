import { Link, useLocation } from 'react-router-dom';
import { useI18n } from '@/lib/i18n/i18n';
import { ROUTES } from '@/lib/routes';

export function NotFoundPage({ message }: { message?: string }) {
  const { t } = useI18n();
  const { pathname } = useLocation();
  return (
    <div className="py-10">
      <h1 className="text-3xl font-semibold">{t('notFound.title')}</h1>
      <p className="mt-2 text-muted">{message ?? t('notFound.body', { path: pathname })}</p>
      <Link to={ROUTES.overview} className="btn mt-6 inline-block">
        {t('notFound.home')}
      </Link>
    </div>
  );
}
