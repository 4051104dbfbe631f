import { useI18n } from '@/lib/i18n/i18n';
import type { StarsDataset } from '../schema';
import type { StarsSearch } from '../search-params';

/** Which projects and which years the chart shows. */
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
  const toggle = (repo: string) => {
    const next = search.repos.includes(repo) ? search.repos.filter((r) => r !== repo) : [...search.repos, repo];
    onChange({ repos: next.length ? known.filter((r) => next.includes(r)) : known.slice(0, 1) });
  };
  return (
    <div className="card mb-4 flex flex-wrap items-end gap-4">
      <fieldset>
        <legend className="text-sm font-medium">{t('stars.projects')}</legend>
        <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
          {projects.map((p) => (
            <label key={p.repo} className="inline-flex items-center gap-1.5 text-sm">
              <input type="checkbox" checked={search.repos.includes(p.repo)} onChange={() => toggle(p.repo)} />
              <bdi>{p.name}</bdi>
            </label>
          ))}
        </div>
      </fieldset>
      {(['from', 'to'] as const).map((key) => (
        <label key={key} className="text-sm font-medium">
          {t(key === 'from' ? 'stars.from' : 'stars.to')}{' '}
          <select
            value={search[key] ?? ''}
            onChange={(e) => onChange({ [key]: e.target.value ? Number(e.target.value) : undefined })}
            className="focus-ring ml-1 rounded-md border border-line bg-surface px-2 py-1"
          >
            <option value="">{t('stars.anyYear')}</option>
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
      ))}
    </div>
  );
}
