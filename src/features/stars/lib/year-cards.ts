import type { YearFigure } from '@/components/ui/year-figure';
import { ROUTES } from '@/lib/routes';
import type { StarsDataset } from '../schema';
import { starsSearch } from '../search-params';

/** The overview's star milestone for a year: the value and wording the source published, if any. */
export function starYearCards(data: StarsDataset, year: number): YearFigure[] {
  const milestone = data.milestones.find((m) => m.year === year);
  return [
    {
      id: 'stars',
      label: 'overview.card.stars',
      value: milestone?.value ?? null,
      basis: milestone ? 'stated' : null,
      wording: milestone?.wording,
      comparable: false,
      href: starsSearch.href(ROUTES.stars, { repos: milestone ? [milestone.repo] : [] }),
      source: milestone?.source,
    },
  ];
}
