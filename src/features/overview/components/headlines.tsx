import { Link } from 'react-router-dom';
import type { YearFigure } from '@/components/ui/year-figure';
import { SourceLink } from '@/components/ui/source-link';
import { useI18n } from '@/lib/i18n/i18n';
import { figureText } from '@/features/overview/components/year-card';

/** The whole history in a few figures (stars now, people, events, years), above the year cards. */
export function Headlines({ figures, from, to }: { figures: readonly YearFigure[]; from: number; to: number }) {
  const i18n = useI18n();
  const { t, l } = i18n;
  return (
    <dl className="grid grid-cols-2 gap-3 lg:grid-cols-4">
      {figures.map((f) => (
        <div key={f.id} className="card flex flex-col gap-1">
          <dt className="text-sm font-medium text-muted">
            {f.href ? (
              <Link to={f.href} className="link">
                {t(f.label)}
              </Link>
            ) : (
              t(f.label)
            )}
          </dt>
          <dd className="text-2xl font-bold tabular-nums">{figureText(i18n, f)}</dd>
          {f.wording && <dd className="text-xs text-muted">“{l(f.wording)}”</dd>}
          {f.detail && <dd className="text-xs text-muted">{t(f.detail.key, { count: f.detail.count })}</dd>}
          {f.source && (
            <dd>
              <SourceLink url={f.source} compact />
            </dd>
          )}
        </div>
      ))}
      <div className="card flex flex-col gap-1">
        <dt className="text-sm font-medium text-muted">{t('overview.headline.years')}</dt>
        <dd className="text-2xl font-bold tabular-nums">{i18n.number(to - from + 1)}</dd>
        <dd className="text-xs text-muted">{t('overview.headline.yearsRange', { from: String(from), to: String(to) })}</dd>
      </div>
    </dl>
  );
}
