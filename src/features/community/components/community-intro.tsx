import { PageHeader } from '@/components/layout/page-header';
import { useI18n } from '@/lib/i18n/i18n';
import { useCommunity } from '@/features/community/dataset';

/** The community's name, description and the years the dashboard covers, as a page header. */
export function CommunityIntro() {
  const { t, l } = useI18n();
  const c = useCommunity();
  return (
    <PageHeader title={l(c.name)}>
      <p>{l(c.description)}</p>
      <p className="text-sm">{t('overview.years', { from: String(c.years.from), to: String(c.years.to) })}</p>
    </PageHeader>
  );
}
