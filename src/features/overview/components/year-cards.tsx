import type { YearFigure } from '@/components/ui/year-figure';
import { useI18n } from '@/lib/i18n/i18n';
import { compareFigures, splitPublished } from '@/features/overview/lib/compare';
import { YearCard, figureText } from '@/features/overview/components/year-card';

/**
 * The shown year's published figures as cards, each beside the same figure in the compared year; then, in
 * one line, the figures no source gives for the year (with the compared year's value where it has one),
 * and what "not published" means. A year with few published figures leads with what it has.
 */
export function YearCards({
  year,
  figures,
  otherYear,
  other,
}: {
  year: number;
  figures: readonly YearFigure[];
  otherYear: number | undefined;
  other: readonly YearFigure[];
}) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const { published, missing } = splitPublished(compareFigures(figures, other));
  const names = missing.map(({ figure, other: then }) =>
    otherYear !== undefined && then && then.value !== null
      ? t('overview.notPublished.withOther', { label: t(figure.label), year: String(otherYear), value: figureText(i18n, then) })
      : t(figure.label),
  );
  const explain = missing.length > 0 || (otherYear !== undefined && published.some((c) => (c.other?.value ?? null) === null));
  return (
    <>
      {published.length > 0 && (
        <ul className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-4">
          {published.map((c) => (
            <YearCard key={c.figure.id} compared={c} year={year} otherYear={otherYear} />
          ))}
        </ul>
      )}
      {missing.length > 0 && (
        <p className="mt-4 rounded-lg border border-dashed border-line px-4 py-3 text-sm" data-testid="not-published">
          <span className="font-semibold">{t('overview.notPublished.for', { year: String(year) })}</span>
          {new Intl.ListFormat(lang === 'zh' ? 'zh-CN' : 'en', { type: 'conjunction' }).format(names)}
          {t('overview.notPublished.end')}
        </p>
      )}
      {explain && <p className="mt-2 text-sm text-muted">{t('overview.notPublished.explain')}</p>}
    </>
  );
}
