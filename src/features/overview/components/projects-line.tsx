import { Link } from 'react-router-dom';
import { useI18n } from '@/lib/i18n/i18n';
import { ROUTES } from '@/lib/routes';

/** The community's projects by name, in one line; their cards (milestones, releases, sources) are on /community only. */
export function ProjectsLine({ names }: { names: readonly string[] }) {
  const { t, lang } = useI18n();
  if (names.length === 0) return null;
  return (
    <p className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
      <span>
        {t('overview.projectsList', { names: new Intl.ListFormat(lang === 'zh' ? 'zh-CN' : 'en', { type: 'conjunction' }).format(names) })}
      </span>
      <Link to={`${ROUTES.community}#projects`} className="link text-sm">
        {t('overview.projectsMore')}
      </Link>
    </p>
  );
}
