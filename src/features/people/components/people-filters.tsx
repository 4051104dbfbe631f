import { useId } from 'react';
import { CheckboxGroup } from '@/components/ui/checkbox-group';
import { useI18n } from '@/lib/i18n/i18n';
import type { FacetCounts } from '@/features/people/lib/filter';
import { ROLES } from '@/features/people/vocabulary';
import { SORTS, type PeopleSearch, type PeopleSort } from '@/features/people/search-params';

export function PeopleFilters({
  search,
  years,
  counts,
  onChange,
  onQuery,
  onClear,
}: {
  search: PeopleSearch;
  years: readonly number[];
  counts: FacetCounts;
  onChange: (next: Partial<PeopleSearch>) => void;
  onQuery: (q: string) => void;
  onClear: () => void;
}) {
  const { t, number } = useI18n();
  const searchId = useId();
  const sortId = useId();
  const active = search.roles.length > 0 || search.years.length > 0 || search.q !== '';

  return (
    <div className="card space-y-4">
      <div>
        <label htmlFor={searchId} className="block text-sm font-medium">
          {t('people.search')}
        </label>
        <input
          id={searchId}
          type="search"
          value={search.q}
          onChange={(event) => onQuery(event.target.value)}
          placeholder={t('people.search.placeholder')}
          autoComplete="off"
          spellCheck={false}
          className="focus-ring mt-1 w-full rounded-md border border-line bg-surface px-3 py-2"
        />
      </div>
      <CheckboxGroup
        legend={t('people.filter.role')}
        options={ROLES.map((role) => ({ value: role, label: t(`role.${role}`), count: number(counts.role.get(role) ?? 0) }))}
        selected={search.roles}
        onChange={(roles) => onChange({ roles })}
      />
      <CheckboxGroup
        legend={t('people.filter.year')}
        options={years.map((year) => ({ value: year, label: String(year), count: number(counts.year.get(year) ?? 0) }))}
        selected={search.years}
        onChange={(next) => onChange({ years: next })}
      />
      <div className="flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor={sortId} className="block text-sm font-medium">
            {t('people.sort')}
          </label>
          <select
            id={sortId}
            value={search.sort}
            onChange={(event) => {
              const sort = SORTS.find((s): s is PeopleSort => s === event.target.value);
              if (sort) onChange({ sort });
            }}
            className="focus-ring mt-1 rounded-md border border-line bg-surface px-2 py-1.5"
          >
            {SORTS.map((s) => (
              <option key={s} value={s}>
                {t(`people.sort.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="button" className="btn-quiet" onClick={onClear} disabled={!active}>
          {t('people.clear')}
        </button>
      </div>
    </div>
  );
}
