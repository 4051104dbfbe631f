import { type ComponentType, memo, useDeferredValue, useEffect, useState } from 'react';
import { useI18n } from '@/lib/i18n/i18n';
import type { EventRecord } from '@/features/events/schema';
import { TimelineRow, type TimelineProps } from '@/features/events/components/timeline-row';

/**
 * The rows drawn at once: the prerendered page's (and the hydrating render's) and, after a filter change,
 * the first ones; the rest follow in a background render that input interrupts.
 */
const FIRST_ROWS = 24;
/** A list longer than this is virtualised (a community's whole timeline is a few hundred events at most). */
export const VIRTUAL_FROM = 300;

const NONE: readonly EventRecord[] = [];

/** The virtual list, once a list long enough for it has loaded it (kept for later pages). */
let virtualTimeline: ComponentType<TimelineProps> | null = null;
const loadVirtualTimeline = () =>
  import('@/features/events/components/virtual-timeline').then((m) => {
    virtualTimeline = m.default;
    return m.default;
  });

/**
 * The events in timeline order (newest first), as one list: a heading opens each year, a label each month.
 * Every event is in the flow, the first ones drawn at once and the rest in a background render. A list of
 * more than VIRTUAL_FROM events (generated data) loads the virtual list and switches to it; until it is
 * there, the first rows show.
 */
export const EventsTimeline = memo(function EventsTimeline({ events, correction }: TimelineProps) {
  const { t } = useI18n();
  const long = events.length > VIRTUAL_FROM;
  const [Virtual, setVirtual] = useState<ComponentType<TimelineProps> | null>(() => virtualTimeline);
  // If its code cannot load (the network dropped), every row in the flow: slower, but nothing is hidden.
  const [unvirtual, setUnvirtual] = useState(false);
  useEffect(() => {
    if (!long || Virtual) return;
    let live = true;
    loadVirtualTimeline().then(
      (component) => {
        if (live) setVirtual(() => component);
      },
      () => {
        if (live) setUnvirtual(true);
      },
    );
    return () => {
      live = false;
    };
  }, [long, Virtual]);
  // On the server and while hydrating: NONE, so the first rows only (the HTML stays small); then `events`,
  // in a background render. After a filter change, the previous list until that render has caught up.
  const settled = useDeferredValue(events, NONE);
  if (long && Virtual) return <Virtual events={events} correction={correction} />;
  const count = (long && !unvirtual) || settled !== events ? Math.min(events.length, FIRST_ROWS) : events.length;
  return (
    <>
      <ul aria-label={t('events.list', { count: events.length })} className="w-full">
        {events.slice(0, count).map((event, index) => (
          <TimelineRow key={event.id} events={events} index={index} correction={correction} />
        ))}
      </ul>
      {events.length > FIRST_ROWS && (
        <noscript>
          <p className="text-sm text-muted">{t('events.moreWithScript', { count: events.length - FIRST_ROWS })}</p>
        </noscript>
      )}
    </>
  );
});
