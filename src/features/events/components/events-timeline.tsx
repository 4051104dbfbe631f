import { defaultRangeExtractor, useWindowVirtualizer, type Range } from '@tanstack/react-virtual';
import { memo, type ReactNode, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { useLocation } from 'react-router-dom';
import { useI18n } from '@/lib/i18n/i18n';
import { rowHeadings, timelineIndex, yearHeadingId, yearStart } from '@/features/events/lib/timeline';
import type { EventRecord } from '@/features/events/schema';
import { EventItem } from '@/features/events/components/event-item';

const ESTIMATED_ROW_PX = 170;
/**
 * The rows of the first render (the prerendered page's, and the one that hydrates it), laid out in the flow:
 * the virtualiser positions rows from measurements that only a browser has, so it takes over once mounted.
 */
const FIRST_ROWS = 24;

const subscribeToNothing = () => () => undefined;
const isBrowser = () => true;
const isServer = () => false;

function hashTarget(hash: string): string {
  try {
    return decodeURIComponent(hash.slice(1));
  } catch {
    return '';
  }
}

/**
 * The events (in timeline order: newest first), as one list (a heading opens each year, a label each month). Virtualised:
 * only the rows near the viewport are in the DOM, each measured as drawn (rows differ in height), so
 * 20,000 events stay quick to filter. The virtualiser writes positions to the DOM itself (no style
 * attributes in markup). A `#event-id` link scrolls the list to that event, drawn or not yet.
 */
type TimelineProps = {
  events: readonly EventRecord[];
  /** What each event ends with: the page's "Suggest a correction" for it (keep it stable: the list is memoised). */
  correction?: ((event: EventRecord) => ReactNode) | undefined;
};

export const EventsTimeline = memo(function EventsTimeline({ events, correction }: TimelineProps) {
  const { t } = useI18n();
  // On the server and while hydrating (the server's snapshot), the newest rows in the flow: the virtualiser
  // positions rows from measurements only a browser has, so the virtual list mounts once the page is live
  // (at once when the page is rendered in the browser).
  const live = useSyncExternalStore(subscribeToNothing, isBrowser, isServer);
  if (live) return <VirtualTimeline events={events} correction={correction} />;
  return (
    <>
      <ul aria-label={t('events.list', { count: events.length })} className="w-full">
        {events.slice(0, FIRST_ROWS).map((event, index) => (
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

/** One event, with the year and month headings it opens; `measure` positions it in the virtual list. */
function TimelineRow({
  events,
  index,
  correction,
  measure,
}: TimelineProps & { index: number; measure?: (node: HTMLLIElement | null) => void }) {
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

function VirtualTimeline({ events, correction }: TimelineProps) {
  const { t } = useI18n();
  const listRef = useRef<HTMLUListElement>(null);
  const [offset, setOffset] = useState(0);
  // Where the list starts on the page: it moves when the filters above it wrap differently.
  useLayoutEffect(() => {
    const measure = () => {
      const top = (listRef.current?.getBoundingClientRect().top ?? 0) + window.scrollY;
      setOffset((current) => (Math.abs(top - current) > 1 ? top : current));
    };
    measure();
    window.addEventListener('resize', measure);
    return () => window.removeEventListener('resize', measure);
  }, [events]);
  // Drawn beside the rows in view: the row that opens their year (so its heading is always there, and
  // headings never skip a level) and the row holding keyboard focus (so focus is never dropped to the page).
  const focused = useRef<number | null>(null);
  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      const keep = focused.current;
      const extra = [yearStart(events, indexes[0] ?? 0), keep, keep === null ? null : yearStart(events, keep)].filter(
        (i): i is number => i !== null && i < range.count && !indexes.includes(i),
      );
      return extra.length ? [...new Set([...extra, ...indexes])].sort((a, b) => a - b) : indexes;
    },
    [events],
  );
  const virtualizer = useWindowVirtualizer<HTMLLIElement>({
    count: events.length,
    estimateSize: () => ESTIMATED_ROW_PX,
    overscan: 6,
    scrollMargin: offset,
    getItemKey: (index) => events[index]?.id ?? index,
    rangeExtractor,
    directDomUpdates: true,
  });

  const { hash } = useLocation();
  const scrolledFor = useRef<string | null>(null);
  const target = useMemo(() => timelineIndex(events, hashTarget(hash)), [events, hash]);

  // A #event link scrolls the virtual list to that event.
  useEffect(() => {
    if (target === undefined || scrolledFor.current === hash) return;
    scrolledFor.current = hash;
    virtualizer.scrollToIndex(target, { align: 'start' });
  }, [target, hash, virtualizer]);

  const setListRef = (node: HTMLUListElement | null) => {
    listRef.current = node;
    virtualizer.containerRef(node);
  };

  return (
    <ul
      ref={setListRef}
      aria-label={t('events.list', { count: events.length })}
      className="relative w-full"
      onFocus={(e) => {
        const row = e.target.closest<HTMLElement>('li[data-index]');
        focused.current = row ? Number(row.dataset.index) : null;
      }}
      onBlur={(e) => {
        if (!(e.relatedTarget instanceof Node && e.currentTarget.contains(e.relatedTarget))) focused.current = null;
      }}
    >
      {virtualizer.getVirtualItems().map((item) => {
        return (
          <TimelineRow key={item.key} events={events} index={item.index} correction={correction} measure={virtualizer.measureElement} />
        );
      })}
    </ul>
  );
}
