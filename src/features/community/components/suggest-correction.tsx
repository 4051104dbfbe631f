import { useHref, useLocation } from 'react-router-dom';
import { ExternalLink } from '@/components/ui/external-link';
import { useCommunity } from '@/features/community/dataset';
import { correctionHref } from '@/features/community/lib/corrections';
import { useI18n } from '@/lib/i18n/i18n';

/**
 * "Suggest a correction": the community's issue form, prefilled with the record's id and this page (at
 * `section`, the record's own section id, when it has one). With
 * `name`, a short inline link for one row of a table ("Correct"), whose accessible name says which record.
 */
export function SuggestCorrection({ record, name, section }: { record: string; name?: string; section?: string }) {
  const { t } = useI18n();
  const { pathname, search } = useLocation();
  // The page as the reader's address bar has it (base path and language included), at the record's section.
  const page = useHref({ pathname, search, hash: section === undefined ? '' : `#${section}` });
  const template = useCommunity().corrections;
  if (!template) return null;
  const href = correctionHref(template, record, page);
  if (name !== undefined)
    return (
      // `relative`: the visually hidden name stays inside a table that scrolls sideways (an absolute box would widen the page).
      <span className="relative text-xs whitespace-nowrap">
        {/* A 24 px target (12 px text on a 16 px line, 4 px above and below): rows of a table stand close together. */}
        <ExternalLink href={href} className="inline-block py-1">
          {t('corrections.short')}
          <span className="sr-only">{t('corrections.forName', { name })}</span>
        </ExternalLink>
      </span>
    );
  return (
    <p className="text-sm">
      <ExternalLink href={href}>{t('corrections.suggest')}</ExternalLink>
    </p>
  );
}
