import { colourByKey, type ChartConfig } from '@/components/charts/chart-config';
import type { StarsDataset } from '@/features/stars/schema';

/** Each project's label and colour by repo, in the dataset's order: a colour follows its project, not its position. */
export function starsChartConfig(stars: StarsDataset): ChartConfig<string> {
  const colour = colourByKey(stars.projects.map((p) => p.repo));
  return Object.fromEntries(stars.projects.map((p) => [p.repo, { label: p.name, colour: colour(p.repo) }]));
}

/** The overview's stars figure, by id: its drawing at build and the overview's decision to show it at once. */
export const OVERVIEW_STARS_CHART = 'overview-stars';
