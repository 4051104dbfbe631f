import { type ComponentType, memo, startTransition, useEffect, useState } from 'react';
import { useI18n } from '@/lib/i18n/i18n';
import { TimelineRow, type TimelineProps } from '@/features/events/components/timeline-row';

/**
 * The rows drawn at once: the prerendered page's (and the hydrating render's) and, after a filter change,
 * the first ones; the rest follow ROWS_PER_STEP at a time, each step a background render (input interrupts
 * it) with its own commit and layout, so no step blocks the page for long.
 */
const FIRST_ROWS = 24;
const ROWS_PER_STEP = 8;
/** A list longer than this is virtualised (a community's whole timeline is a few hundred events at most). */
const VIRTUAL_FROM = 300;

/** The virtual list, once a list long enough for it has loaded it (kept for later pages). */
let virtualTimeline: ComponentType<TimelineProps> | null = null;
const loadVirtualTimeline = () =>
  import('@/features/events/components/virtual-timeline').then((m) => {
    virtualTimeline = m.default;
    return m.default;
  });

/**
 * The events in timeline order (newest first), as one list: a heading opens each year, a label each month.
 * Every event is in the flow, the first ones drawn at once and the rest a step at a time in the background. A list of
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
  // How many rows of `events` are drawn: the first ones on the server and while hydrating (the HTML stays
  // small), and for a new list (a filter changed); then more, step by step.
  const [drawn, setDrawn] = useState({ events, count: FIRST_ROWS });
  const limit = long && !unvirtual ? FIRST_ROWS : events.length;
  const count = Math.min(drawn.events === events ? drawn.count : FIRST_ROWS, limit);
  useEffect(() => {
    if (count >= limit) return;
    const step = window.setTimeout(() => startTransition(() => setDrawn({ events, count: count + ROWS_PER_STEP })), 0);
    return () => window.clearTimeout(step);
  }, [events, count, limit]);
  if (long && Virtual) return <Virtual events={events} correction={correction} />;
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
