import { Link } from 'react-router-dom';
import type { YearFigure } from '@/components/ui/year-figure';
import { SourceLink } from '@/components/ui/source-link';
import { useI18n, type I18n } from '@/lib/i18n/i18n';
import type { ComparedFigure } from '@/features/overview/lib/compare';

/** A figure's number in words: "not published" where no source gives it (which is not 0), "≥" for a lower bound. */
export function figureText(i18n: I18n, figure: YearFigure | undefined): string {
  if (!figure || figure.value === null) return i18n.t('state.notPublished');
  return `${figure.atLeast ? '≥ ' : ''}${i18n.number(figure.value)}`;
}

export function changeText(i18n: I18n, change: number | null): string {
  return change === null
    ? i18n.t('overview.compare.noChange')
    : change === 0
      ? '±0'
      : `${change > 0 ? '+' : '−'}${i18n.number(Math.abs(change))}`;
}

/**
 * One figure of the shown year: the number (or "not published" in words), its basis, the same figure
 * in the compared year and the change, the details link (only where it lists something) and the source.
 */
export function YearCard({ compared, year, otherYear }: { compared: ComparedFigure; year: number; otherYear: number | undefined }) {
  const i18n = useI18n();
  const { t, l } = i18n;
  const { figure, other, change } = compared;
  const label = t(figure.label);
  const id = `card-${figure.id}`;
  const basis = figure.wording
    ? l(figure.wording)
    : figure.basis === 'stated'
      ? t('overview.basis.stated')
      : figure.basis === 'listed'
        ? t('overview.basis.listed')
        : undefined;
  const delta = changeText(i18n, change);
  return (
    <li className="card flex flex-col gap-1" aria-labelledby={`${id}-label`} data-testid={id}>
      <h3 id={`${id}-label`} className="text-sm font-medium text-muted">
        {label}
      </h3>
      <p className={figure.value === null ? 'text-xl font-semibold text-muted' : 'text-3xl font-bold tabular-nums'}>
        {figureText(i18n, figure)}
      </p>
      {basis && <p className="text-xs text-muted">{basis}</p>}
      {figure.detail && <p className="text-xs text-muted">{t(figure.detail.key, { count: figure.detail.count })}</p>}
      {otherYear !== undefined && (
        <p className="text-xs text-muted">
          <span>{t('overview.compare.value', { year: String(otherYear), value: figureText(i18n, other) })}</span>
          {figure.comparable && (
            <>
              {' · '}
              <span aria-label={t('overview.compare.changeLabel', { year: String(otherYear), shown: String(year), delta })}>
                {t('overview.compare.change', { delta })}
              </span>
            </>
          )}
        </p>
      )}
      <div className="mt-auto flex flex-col items-start gap-1 pt-1">
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
