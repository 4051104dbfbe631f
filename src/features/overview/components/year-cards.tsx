import type { YearFigure } from '@/components/ui/year-figure';
import { useI18n } from '@/lib/i18n/i18n';
import { compareFigures } from '@/features/overview/lib/compare';
import { YearCard } from '@/features/overview/components/year-card';

/** The shown year's figures as cards, each beside the same figure in the compared year, and what "not published" means. */
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
  const { t } = useI18n();
  const compared = compareFigures(figures, other);
  return (
    <>
      <ul className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-4">
        {compared.map((c) => (
          <YearCard key={c.figure.id} compared={c} year={year} otherYear={otherYear} />
        ))}
      </ul>
      {compared.some((c) => c.figure.value === null || (otherYear !== undefined && (c.other?.value ?? null) === null)) && (
        <p className="mt-3 text-sm text-muted">{t('overview.notPublished.explain')}</p>
      )}
    </>
  );
}
