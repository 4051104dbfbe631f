import { useId, useRef, useState } from 'react';
import { CheckboxGroup } from '@/components/ui/checkbox-group';
import { useI18n } from '@/lib/i18n/i18n';
import type { FacetCounts } from '@/features/people/lib/filter';
import { ROLES } from '@/features/people/vocabulary';
import { SORTS, type PeopleSearch, type PeopleSort } from '@/features/people/search-params';

/**
 * The search box, then the filters. Below `md` the filters fold behind one button that says how many
 * are active, and the active ones show as chips that remove themselves, so the first results stay on a
 * phone's first screen; from `md` up the panel is always shown and the button and chips are not there.
 * Whether the panel is open is not part of the view (it changes no result), so it is not in the URL.
 */
export function PeopleFilters({
  search,
  years,
  counts,
  onChange,
  onQuery,
  onQueryDone,
  onClear,
}: {
  search: PeopleSearch;
  years: readonly number[];
  counts: FacetCounts;
  onChange: (next: Partial<PeopleSearch>) => void;
  onQuery: (q: string) => void;
  /** The reader is done typing for now (left the box, pressed Enter): the URL may follow at once. */
  onQueryDone: () => void;
  onClear: () => void;
}) {
  const { t, number } = useI18n();
  const searchId = useId();
  const sortId = useId();
  const panelId = useId();
  const [open, setOpen] = useState(false);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const active = search.roles.length > 0 || search.years.length > 0 || search.q !== '';
  const activeCount = search.roles.length + search.years.length;
  const chips = [
    ...search.roles.map((role) => ({
      key: `role-${role}`,
      label: t(`role.${role}`),
      remove: () => onChange({ roles: search.roles.filter((r) => r !== role) }),
    })),
    ...search.years.map((year) => ({
      key: `year-${String(year)}`,
      label: String(year),
      remove: () => onChange({ years: search.years.filter((y) => y !== year) }),
    })),
  ];

  return (
    <div className="card flex flex-col gap-4">
      <div>
        <label htmlFor={searchId} className="block text-sm font-medium">
          {t('people.search')}
        </label>
        <input
          id={searchId}
          type="search"
          value={search.q}
          onChange={(event) => onQuery(event.target.value)}
          onBlur={onQueryDone}
          onKeyDown={(event) => {
            // Enter that confirms a Chinese or Japanese input method's candidate is not the end of the text.
            if (event.key === 'Enter' && !event.nativeEvent.isComposing) onQueryDone();
          }}
          placeholder={t('people.search.placeholder')}
          autoComplete="off"
          spellCheck={false}
          className="focus-ring mt-1 w-full rounded-md border border-line bg-surface px-3 py-2"
        />
      </div>
      <div className="space-y-2 md:hidden">
        <button
          ref={toggleRef}
          type="button"
          aria-expanded={open}
          aria-controls={panelId}
          onClick={() => setOpen(!open)}
          className="btn-quiet flex min-h-11 w-full items-center justify-between gap-2 font-medium"
        >
          <span>{activeCount > 0 ? t('people.filters.toggleActive', { count: activeCount }) : t('people.filters.toggle')}</span>
          <span aria-hidden="true" className="text-muted">
            {open ? '▴' : '▾'}
          </span>
        </button>
        {chips.length > 0 && (
          <ul aria-label={t('people.filters.active')} className="flex flex-wrap gap-2">
            {chips.map((chip) => (
              <li key={chip.key}>
                <button
                  type="button"
                  aria-label={t('people.filters.remove', { filter: chip.label })}
                  onClick={() => {
                    chip.remove();
                    // The chip goes away with its filter: focus stays nearby, on the button that opens the filters.
                    toggleRef.current?.focus();
                  }}
                  className="inline-flex min-h-8 items-center gap-1.5 rounded-full border border-line bg-surface-2 px-3 text-sm hover:border-accent"
                >
                  {chip.label}
                  <span aria-hidden="true" className="text-muted">
                    ×
                  </span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
      <div id={panelId} className={open ? 'space-y-4' : 'space-y-4 max-md:hidden'}>
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
    </div>
  );
}
