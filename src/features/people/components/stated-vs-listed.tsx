import { PendingMark } from '@/components/ui/data-boundary';
import { laterSection } from '@/features/people/components/later-section';
import type { ListedPerYear, PeopleFacts } from '@/features/people/lib/counts';

/** Stated vs listed (see `StatedVsListedSection`), last on the page: its code loads when the reader nears it. */
export const StatedVsListed = laterSection<{ data: PeopleFacts; listed: ListedPerYear }>(
  'stated-vs-listed',
  () => import('@/features/people/components/stated-vs-listed-section').then((m) => m.StatedVsListedSection),
  <>
    <PendingMark />
    <div id="stated-vs-listed" className="h-64 animate-pulse rounded-lg bg-surface-2" />
  </>,
);
