import { type ComponentType, memo, startTransition, useEffect, useMemo, useRef, useState } from 'react';
import { useLocation } from 'react-router-dom';
import { useI18n } from '@/lib/i18n/i18n';
import { hashId } from '@/lib/use-scroll-to-hash';
import { timelineIndex } from '@/features/events/lib/timeline';
import { TimelineRow, type TimelineProps } from '@/features/events/components/timeline-row';

/**
 * The rows drawn at once: the prerendered page's (and the hydrating render's) and, after a filter change,
 * the first ones. The rest follow ROWS_PER_STEP at a time as the reader scrolls towards the end of the
 * drawn rows (AHEAD_PX before it), each step a background render: nothing is drawn after hydration
 * unless the reader goes there, and no step blocks the page for long.
 */
const FIRST_ROWS = 24;
const ROWS_PER_STEP = 12;
const AHEAD_PX = 1500;
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
 * Every event is in the flow, the first ones drawn at once and the rest as the reader scrolls to them. A
 * list of more than VIRTUAL_FROM events (generated data) loads the virtual list and switches to it; until
 * it is there, the first rows show.
 */
export const EventsTimeline = memo(function EventsTimeline({ events, correction }: TimelineProps) {
  const { t } = useI18n();
  const long = events.length > VIRTUAL_FROM;
  const [Virtual, setVirtual] = useState<ComponentType<TimelineProps> | null>(() => virtualTimeline);
  // If its code cannot load (the network dropped), the list stays in the flow: slower, but nothing is hidden.
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
  const listRef = useRef<HTMLUListElement>(null);
  useEffect(() => {
    const last = listRef.current?.lastElementChild;
    if (count >= limit || !last) return;
    // Without IntersectionObserver (the build's jsdom, which draws the page's charts): every row at once.
    if (typeof IntersectionObserver === 'undefined') return startTransition(() => setDrawn({ events, count: limit }));
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        observer.disconnect();
        startTransition(() => setDrawn({ events, count: count + ROWS_PER_STEP }));
      },
      { rootMargin: `0px 0px ${String(AHEAD_PX)}px 0px` },
    );
    observer.observe(last);
    return () => observer.disconnect();
  }, [events, count, limit]);
  // A #event or #events-YYYY link (on arrival, or later) draws the rows down to it; useScrollToHash then scrolls there.
  const { hash } = useLocation();
  const target = useMemo(() => timelineIndex(events, hashId(hash)), [events, hash]);
  useEffect(() => {
    if (target === undefined || target < count || target >= limit) return;
    startTransition(() => setDrawn({ events, count: target + ROWS_PER_STEP }));
  }, [events, target, count, limit]);
  if (long && Virtual) return <Virtual events={events} correction={correction} />;
  return (
    <>
      <ul ref={listRef} aria-label={t('events.list', { count: events.length })} className="w-full">
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
