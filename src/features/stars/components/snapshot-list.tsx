import { SourceLink } from '@/components/ui/source-link';
import { useI18n } from '@/lib/i18n/i18n';
import { useStars, useStarSnapshots } from '@/features/stars/dataset';

/** Each project's dated snapshots: how many days, from when to when, collected by whom. */
export function SnapshotList() {
  const { t, l, date } = useI18n();
  const stars = useStars();
  const snapshots = useStarSnapshots();
  const names = Object.fromEntries(stars.projects.map((p) => [p.repo, p.name]));
  return (
    <ul className="space-y-2 text-sm">
      {snapshots.series.map((s) => (
        <li key={s.repo + s.source}>
          <strong>
            <bdi>{names[s.repo] ?? s.repo}</bdi>
          </strong>
          {t('common.colon')}
          {t('stars.snapshots.line', {
            count: s.points.length,
            from: date(s.points[0]?.[0] ?? ''),
            to: date(s.points.at(-1)?.[0] ?? ''),
          })}{' '}
          — {l(s.note)} <SourceLink url={s.source} compact />
        </li>
      ))}
    </ul>
  );
}
