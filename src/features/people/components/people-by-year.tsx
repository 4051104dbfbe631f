import { PendingMark } from '@/components/ui/data-boundary';
import { laterSection } from '@/features/people/components/later-section';
import type { PeopleByYearProps } from '@/features/people/components/people-by-year-section';

/**
 * People per role and year (see `PeopleByYearSection`), below the list: its code (the chart's frame and
 * table) loads when the reader nears it.
 */
export const PeopleByYear = laterSection<PeopleByYearProps>(
  'people-by-year',
  () => import('@/features/people/components/people-by-year-section').then((m) => m.PeopleByYearSection),
  <>
    <PendingMark />
    <div id="people-by-year" className="h-96 animate-pulse rounded-lg bg-surface-2" />
  </>,
);
