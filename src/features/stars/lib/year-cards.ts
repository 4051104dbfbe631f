import type { YearFigure } from '@/components/ui/year-figure';
import { ROUTES } from '@/lib/routes';
import type { StarsDataset } from '@/features/stars/schema';
import { starsSearch } from '@/features/stars/search-params';

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

/** The overview's headline: the main (first) project's latest published star figure, with its wording ("over 10,000" is ≥). */
export function starsHeadline(data: StarsDataset): YearFigure {
  const repo = data.projects[0]?.repo ?? '';
  const latest = data.points.filter((p) => p.repo === repo).sort((a, b) => b.date.localeCompare(a.date))[0];
  return {
    id: 'stars-now',
    label: 'overview.headline.stars',
    value: latest?.value ?? null,
    basis: latest ? 'stated' : null,
    atLeast: latest?.kind === 'at-least',
    wording: latest?.wording,
    comparable: false,
    href: starsSearch.href(ROUTES.stars),
    source: latest?.source,
  };
}
