import type { ReactNode } from 'react';
import { useI18n } from '@/lib/i18n/i18n';
import { rowHeadings, yearHeadingId } from '@/features/events/lib/timeline';
import type { EventRecord } from '@/features/events/schema';
import { EventItem } from '@/features/events/components/event-item';

export type TimelineProps = {
  /** The events in timeline order (newest first). */
  events: readonly EventRecord[];
  /** What each event ends with: the page's "Suggest a correction" for it (keep it stable: the list is memoised). */
  correction?: ((event: EventRecord) => ReactNode) | undefined;
};

/** One event, with the year and month headings it opens; `measure` positions it in the virtual list. */
export function TimelineRow({
  events,
  index,
  correction,
  measure,
}: TimelineProps & { index: number; measure?: ((node: HTMLLIElement | null) => void) | undefined }) {
  const { t, date } = useI18n();
  const event = events[index];
  if (!event) return null;
  const headings = rowHeadings(events, index);
  return (
    <li
      ref={measure}
      data-index={index}
      id={event.id}
      aria-labelledby={`${event.id}-title`}
      aria-posinset={index + 1}
      aria-setsize={events.length}
      className={measure ? 'absolute top-0 left-0 w-full scroll-mt-24 pb-3' : 'scroll-mt-24 pb-3'}
    >
      {headings.year !== null && (
        <h3 id={yearHeadingId(headings.year)} className="mt-3 mb-2 text-lg font-semibold">
          {String(headings.year)}
        </h3>
      )}
      {headings.month !== null && (
        <p className="mb-1 text-sm font-medium text-muted">{headings.month ? date(headings.month) : t('events.undated')}</p>
      )}
      <EventItem event={event} correction={correction?.(event)} />
    </li>
  );
}
