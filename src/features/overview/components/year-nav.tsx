import { Link } from 'react-router-dom';
import { useI18n } from '@/lib/i18n/i18n';
import { yearPath } from '@/lib/routes';
import { overviewSearch } from '@/features/overview/search-params';

/** A link per year of the community, to its own page (keeping the compared year); the shown one is marked current. */
export function YearNav({ years, year, compare }: { years: readonly number[]; year: number; compare: number | undefined }) {
  const { t } = useI18n();
  return (
    <nav aria-label={t('overview.yearNav')} className="mb-4">
      <ul className="flex flex-wrap gap-1">
        {years.map((y) => (
          <li key={y}>
            <Link
              to={overviewSearch.href(yearPath(y), { compare })}
              aria-current={y === year ? 'page' : undefined}
              preventScrollReset
              className={`focus-ring inline-block whitespace-nowrap rounded-md border px-3 py-1 text-sm ${y === year ? 'border-accent bg-accent text-on-accent' : 'border-line hover:bg-surface-2'}`}
            >
              {String(y)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
