import { Link } from 'react-router-dom';
import { SourceLink } from '@/components/ui/source-link';
import { useI18n } from '@/lib/i18n/i18n';
import type { ComparedFigure } from '../lib/compare';

/** One figure of the shown year: the number (or "not published"), its basis, the change, the details link and the source. */
export function YearCard({ compared }: { compared: ComparedFigure }) {
  const { t, l, number } = useI18n();
  const { figure, change } = compared;
  const label = t(figure.label);
  const id = `card-${figure.id}`;
  const deltaText = change === null ? '—' : change === 0 ? '±0' : `${change > 0 ? '+' : '−'}${number(Math.abs(change))}`;
  const basis = figure.wording ? l(figure.wording) : figure.basis === 'stated' ? t('overview.basis.stated') : figure.basis === 'listed' ? t('overview.basis.listed') : undefined;
  return (
    <li className="card flex flex-col gap-1" aria-labelledby={`${id}-label`} data-testid={id}>
      <h3 id={`${id}-label`} className="text-sm font-medium text-muted">
        {label}
      </h3>
      <p className="text-3xl font-bold tabular-nums">{figure.value === null ? <span title={t('state.notPublished')}>—</span> : number(figure.value)}</p>
      <p className="text-xs text-muted">
        {basis && <span>{basis} · </span>}
        {figure.comparable && <span aria-label={t('overview.delta.label', { delta: deltaText })}>{t('overview.delta', { delta: deltaText })}</span>}
      </p>
      {figure.detail && <p className="text-xs text-muted">{t(figure.detail.key, { count: figure.detail.count })}</p>}
      <div className="mt-auto flex flex-wrap items-center gap-x-3 pt-1">
        {figure.href && (
          <Link to={figure.href} className="link text-sm">
            {t('overview.details', { label })}
          </Link>
        )}
        {figure.source && <SourceLink url={figure.source} compact />}
      </div>
    </li>
  );
}
