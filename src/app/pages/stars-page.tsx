import { Section } from '@/components/layout/section';
import { DataBoundary } from '@/components/ui/data-boundary';
import { StarsChartSection } from '@/features/stars/components/stars-chart-section';
import { useStars } from '@/features/stars/dataset';
import { useI18n } from '@/lib/i18n/i18n';
import { lazyWhenSeen } from '@/app/pages/lazy-when-seen';
import { usePage } from '@/app/pages/use-page';
import type { MessageKey } from '@/lib/i18n/en';

// Below the chart: their code loads when they come into view (the prerendered page shows them meanwhile).
const PublishedFigures = lazyWhenSeen('published', async () => {
  const [{ PublishedFigures }, { SuggestCorrection }] = await Promise.all([
    import('@/features/stars/components/published-figures'),
    import('@/features/community/components/suggest-correction'),
  ]);
  /** A figure's correction link (the community's issue form, prefilled with the record and this page). */
  const correction = (record: string, name: string) => <SuggestCorrection record={record} name={name} />;
  return () => <PublishedFigures correction={correction} />;
});
const SnapshotList = lazyWhenSeen('snapshots', async () => (await import('@/features/stars/components/snapshot-list')).SnapshotList);

const chartSkeleton = <div className="h-96 animate-pulse rounded bg-surface-2" />;
const listSkeleton = <div className="h-24 animate-pulse rounded bg-surface-2" />;

/** The page's introduction, shown under its title (src/app/routes.tsx reads it from the loaded module). @public */
export const intro: MessageKey = 'stars.intro';

/** The published figures need only stars.json; the chart and the snapshot list also need the snapshots, which may fail on their own. */
export default function StarsPage() {
  const { t } = useI18n();
  useStars();
  usePage('stars.title', true);
  return (
    <div className="space-y-8">
      <Section id="chart" title={t('stars.chart.title')}>
        <DataBoundary skeleton={chartSkeleton}>
          <StarsChartSection />
        </DataBoundary>
        <p className="mt-2 text-sm text-muted">{t('stars.honesty.markers')}</p>
      </Section>
      <Section id="published" title={t('stars.published')}>
        <DataBoundary skeleton={listSkeleton}>
          <PublishedFigures />
        </DataBoundary>
      </Section>
      <Section id="snapshots" title={t('stars.snapshots')}>
        <DataBoundary skeleton={listSkeleton}>
          <SnapshotList />
        </DataBoundary>
      </Section>
    </div>
  );
}
