import { Link, useLocation, useNavigate } from 'react-router-dom';
import { useI18n } from '@/lib/i18n/i18n';
import { cameFromList } from '@/features/people/lib/list-position';
import { peopleHref } from '@/features/people/search-params';

/**
 * "← All people": back to the list as the reader left it (its filters, the cards shown, the scroll
 * position) when they came from it; otherwise to the whole list.
 */
export function BackToList() {
  const { t } = useI18n();
  const state: unknown = useLocation().state;
  const navigate = useNavigate();
  const fromList = cameFromList(state);
  return (
    <Link
      to={peopleHref()}
      className="link text-sm"
      onClick={(event) => {
        if (!fromList || event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
        event.preventDefault();
        void navigate(-1);
      }}
    >
      {t('person.back')}
    </Link>
  );
}
