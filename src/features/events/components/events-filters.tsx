import { CheckboxGroup } from '@/components/ui/checkbox-group';
import { useI18n } from '@/lib/i18n/i18n';
import type { CityOption, EventMode } from '@/features/events/lib/filter';
import { MODES } from '@/features/events/lib/filter';
import { EVENT_TYPES } from '@/features/events/vocabulary';
import type { EventsSearch } from '@/features/events/search-params';

const MODE_CHOICES: readonly (EventMode | '')[] = ['', ...MODES];

/** Type, year, offline/online and city filters, and how many events match. */
export function EventsFilters({
  search,
  years,
  cities,
  count,
  onChange,
}: {
  search: EventsSearch;
  years: readonly number[];
  cities: readonly CityOption[];
  count: number;
  onChange: (next: Partial<EventsSearch>) => void;
}) {
  const { t, l } = useI18n();
  return (
    <div className="card mb-4 space-y-3">
      <CheckboxGroup
        legend={t('events.filter.type')}
        options={EVENT_TYPES.map((type) => ({ value: type, label: t(`eventType.${type}`) }))}
        selected={search.types}
        onChange={(types) => onChange({ types })}
      />
      <CheckboxGroup
        legend={t('events.filter.year')}
        options={years.map((year) => ({ value: year, label: String(year) }))}
        selected={search.years}
        onChange={(next) => onChange({ years: next })}
      />
      <fieldset>
        <legend className="text-sm font-medium">{t('events.filter.mode')}</legend>
        <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
          {MODE_CHOICES.map((mode) => (
            <label key={mode || 'all'} className="inline-flex items-center gap-1.5 text-sm">
              <input type="radio" name="event-mode" checked={search.mode === mode} onChange={() => onChange({ mode })} />
              {mode ? t(`events.mode.${mode}`) : t('events.filter.allModes')}
            </label>
          ))}
        </div>
      </fieldset>
      <label className="block text-sm font-medium">
        {t('events.filter.city')}{' '}
        <select
          value={search.city}
          onChange={(e) => onChange({ city: e.target.value })}
          className="focus-ring ml-1 rounded-md border border-line bg-surface px-2 py-1"
        >
          <option value="">{t('events.filter.allCities')}</option>
          {cities.map(({ key, city }) => (
            <option key={key} value={key}>
              {l(city)}
            </option>
          ))}
        </select>
      </label>
      <p role="status" aria-live="polite" className="text-sm font-medium">
        {t('events.count', { count })}
      </p>
    </div>
  );
}

/** Nothing matches: says so, with a way out. */
export function EventsEmpty({ onClear }: { onClear: () => void }) {
  const { t } = useI18n();
  return (
    <div className="card">
      <p>{t('events.empty')}</p>
      <button type="button" className="btn mt-2" onClick={onClear}>
        {t('events.clear')}
      </button>
    </div>
  );
}
