import { useI18n } from '@/lib/i18n/i18n';

/** /people's sections, reachable from its top: the results, the chart, stated vs listed. */
export function PeoplePageNav() {
  const { t } = useI18n();
  const links = [
    ['people-list', t('people.nav.results')],
    ['people-by-year', t('people.chart.title')],
    ['stated-vs-listed', t('people.stated.title')],
  ] as const;
  return (
    <nav aria-label={t('people.nav.label')} className="text-sm">
      <ul className="flex flex-wrap gap-x-4 gap-y-1">
        {links.map(([id, label]) => (
          <li key={id}>
            <a href={`#${id}`} className="link">
              {label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
