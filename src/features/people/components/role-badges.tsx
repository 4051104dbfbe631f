import { useI18n } from '@/lib/i18n/i18n';
import { rolesByYear, type RoleYear } from '@/features/people/lib/filter';

export function RoleBadges({ person }: { person: { readonly roles: readonly RoleYear[] } }) {
  const { t } = useI18n();
  return (
    <ul className="flex flex-wrap gap-1" aria-label={t('people.roles')}>
      {[...rolesByYear(person)].map(([role, years]) => (
        <li key={role} className="rounded-full border border-line bg-surface-2 px-2 py-0.5 text-xs">
          {t(`role.${role}`)} {years.join(', ')}
        </li>
      ))}
    </ul>
  );
}
