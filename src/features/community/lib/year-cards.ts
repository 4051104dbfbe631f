import type { YearFigure } from '@/components/ui/year-figure';
import { ROUTES } from '@/lib/routes';
import type { EcosystemDataset } from '@/features/community/schema';

/** The overview's case-study and award figures for a year, counted from the lists the posts publish. */
export function communityYearCards(data: EcosystemDataset, year: number): YearFigure[] {
  const card = (
    id: 'cases' | 'awards',
    label: 'overview.card.cases' | 'overview.card.awards',
    items: readonly { year: number; source: string }[],
  ): YearFigure => {
    const inYear = items.filter((x) => x.year === year);
    return {
      id,
      label,
      value: inYear.length || null,
      basis: inYear.length ? 'listed' : null,
      comparable: true,
      href: inYear.length ? `${ROUTES.community}#${id}` : undefined,
      source: inYear[0]?.source,
    };
  };
  return [card('cases', 'overview.card.cases', data.cases), card('awards', 'overview.card.awards', data.awards)];
}
