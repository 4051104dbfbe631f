import type { ChartConfig } from '@/components/charts/chart-config';
import { SourceLink } from '@/components/ui/source-link';
import { useI18n } from '@/lib/i18n/i18n';
import type { RepoSeries } from '@/features/stars/lib/series';

/** Each shown project: its colour, its name, and the sources of its published figures and of its snapshots. */
export function StarsLegend({ series, config }: { series: readonly RepoSeries[]; config: ChartConfig<string> }) {
  const { t } = useI18n();
  return (
    <ul className="mt-2 space-y-1 text-sm" aria-label={t('stars.legend.label')}>
      {series.map((s) => {
        const entry = config[s.repo];
        const published = [...new Set(s.published.map((p) => p.source))];
        return (
          <li key={s.repo} className="flex flex-wrap items-center gap-x-2 gap-y-1">
            <span className={`swatch swatch-${entry?.colour ?? 'chart-1'}`} aria-hidden="true" />
            <bdi className="font-medium">{entry?.label ?? s.repo}</bdi>
            {published.length > 0 && (
              <span className="text-muted">
                {t('stars.legend.published')}
                {t('common.colon')}
                {published.map((url) => (
                  <SourceLink key={url} url={url} compact />
                ))}
              </span>
            )}
            {s.snapshotSource && s.segments.length > 0 && (
              <span className="text-muted">
                {t('stars.legend.snapshots')}
                {t('common.colon')}
                <SourceLink url={s.snapshotSource} compact />
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
