import { useI18n } from '@/lib/i18n/i18n';
import type { StarsDataset } from '@/features/stars/schema';
import { SCALES, reversedRange, type StarsSearch } from '@/features/stars/search-params';

const SELECT = 'focus-ring ml-1 rounded-md border border-line bg-surface px-2 py-1';

/**
 * Which projects and years the chart shows, and its scale. The last project shown cannot be unchecked
 * (and says why); a range whose From is after its To is explained, not turned round.
 */
export function StarsControls({
  projects,
  years,
  search,
  onChange,
}: {
  projects: StarsDataset['projects'];
  years: readonly number[];
  search: StarsSearch;
  onChange: (next: Partial<StarsSearch>) => void;
}) {
  const { t } = useI18n();
  const known = projects.map((p) => p.repo);
  const onlyOne = search.repos.length === 1;
  const toggle = (repo: string) => {
    const next = search.repos.includes(repo) ? search.repos.filter((r) => r !== repo) : [...search.repos, repo];
    if (next.length > 0) onChange({ repos: known.filter((r) => next.includes(r)) });
  };
  return (
    <div className="card mb-4 space-y-3">
      <div className="flex flex-wrap items-end gap-4">
        <fieldset aria-describedby={onlyOne ? 'stars-last-project' : undefined}>
          <legend className="text-sm font-medium">{t('stars.projects')}</legend>
          <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
            {projects.map((p) => {
              const checked = search.repos.includes(p.repo);
              return (
                <label key={p.repo} className="inline-flex items-center gap-1.5 text-sm">
                  <input
                    type="checkbox"
                    checked={checked}
                    disabled={checked && onlyOne}
                    onChange={() => toggle(p.repo)}
                    aria-describedby={checked && onlyOne ? 'stars-last-project' : undefined}
                  />
                  <bdi>{p.name}</bdi>
                </label>
              );
            })}
          </div>
        </fieldset>
        {(['from', 'to'] as const).map((key) => (
          <label key={key} className="text-sm font-medium">
            {t(key === 'from' ? 'stars.from' : 'stars.to')}{' '}
            <select
              value={search[key] ?? ''}
              onChange={(e) => onChange({ [key]: e.target.value ? Number(e.target.value) : undefined })}
              className={SELECT}
            >
              <option value="">{t('stars.anyYear')}</option>
              {years.map((y) => (
                <option key={y} value={y}>
                  {String(y)}
                </option>
              ))}
            </select>
          </label>
        ))}
        <label className="text-sm font-medium">
          {t('stars.scale.label')}{' '}
          <select
            value={search.scale}
            onChange={(e) => onChange({ scale: SCALES.find((s) => s === e.target.value) ?? 'linear' })}
            className={SELECT}
          >
            {SCALES.map((s) => (
              <option key={s} value={s}>
                {t(`stars.scale.${s}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {onlyOne && projects.length > 1 && (
        <p id="stars-last-project" className="text-sm text-muted">
          {t('stars.lastProject')}
        </p>
      )}
      {reversedRange(search) && (
        <p role="status" className="rounded-md border border-danger bg-danger-soft p-2 text-sm">
          {t('stars.range.reversed', { from: String(search.from), to: String(search.to) })}
        </p>
      )}
    </div>
  );
}
