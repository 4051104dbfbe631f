import { useLocation } from 'react-router-dom';
import { ExternalLink } from '@/components/ui/external-link';
import { useCommunity } from '@/features/community/dataset';
import { correctionHref } from '@/features/community/lib/corrections';
import { useI18n } from '@/lib/i18n/i18n';

/** "Suggest a correction": the community's issue form, prefilled with the record's id and this page. */
export function SuggestCorrection({ record }: { record: string }) {
  const { t } = useI18n();
  const { pathname, search } = useLocation();
  const template = useCommunity().corrections;
  if (!template) return null;
  return (
    <p className="text-sm">
      <ExternalLink href={correctionHref(template, record, `${pathname}${search}`)}>{t('corrections.suggest')}</ExternalLink>
    </p>
  );
}
