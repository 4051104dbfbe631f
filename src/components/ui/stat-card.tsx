import { Link } from 'react-router-dom';
import { useI18n } from '@/lib/i18n/i18n';
import { SourceLink } from './source-link';

export type StatCardProps = {
  id: string;
  label: string;
  value: number | null;
  /** A word under the figure: "stated" or "listed". */
  basis?: string;
  /** Change from the year before; null where either year is unknown. */
  delta: number | null;
  detail?: string;
  to?: string;
  source?: string;
};

export function StatCard({ id, label, value, basis, delta, detail, to, source }: StatCardProps) {
  const { t, number } = useI18n();
  const deltaText = delta === null ? '—' : delta === 0 ? '±0' : `${delta > 0 ? '+' : '−'}${number(Math.abs(delta))}`;
  return (
    <li className="card flex flex-col gap-1" aria-labelledby={`${id}-label`} data-testid={`card-${id}`}>
      <h3 id={`${id}-label`} className="text-sm font-medium text-muted">
        {label}
      </h3>
      <p className="text-3xl font-bold tabular-nums">{value === null ? <span title={t('state.notPublished')}>—</span> : number(value)}</p>
      <p className="text-xs text-muted">
        {basis && <span>{basis} · </span>}
        <span aria-label={t('overview.delta.label', { delta: deltaText })}>{t('overview.delta', { delta: deltaText })}</span>
      </p>
      {detail && <p className="text-xs text-muted">{detail}</p>}
      <div className="mt-auto flex flex-wrap items-center gap-x-3 pt-1">
        {to && (
          <Link to={to} className="link text-sm">
            {t('overview.details', { label })}
          </Link>
        )}
        {source && <SourceLink url={source} compact />}
      </div>
    </li>
  );
}
