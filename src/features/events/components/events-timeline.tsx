import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { memo, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useLocation } from 'react-router-dom';
import { useI18n } from '@/lib/i18n/i18n';
import { rowIndexById, timelineRows } from '../lib/timeline';
import type { EventRecord } from '../schema';
import { EventItem } from './event-item';

const ESTIMATED_ROW_PX = 170;

function hashTarget(hash: string): string {
  try {
    return decodeURIComponent(hash.slice(1));
  } catch {
    return '';
  }
}

/**
 * The events, newest first, as one list (a heading opens each year, a label each month). Virtualised:
 * only the rows near the viewport are in the DOM, each measured as drawn (rows differ in height), so
 * 20,000 events stay quick to filter. The virtualiser writes positions to the DOM itself (no style
 * attributes in markup). A `#event-id` link scrolls the list to that event, drawn or not yet.
 */
export const EventsTimeline = memo(function EventsTimeline({ events }: { events: readonly EventRecord[] }) {
  const { t, date } = useI18n();
  const rows = useMemo(() => timelineRows(events), [events]);
  const indexById = useMemo(() => rowIndexById(rows), [rows]);
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
  }, [rows]);
  const virtualizer = useWindowVirtualizer<HTMLLIElement>({
    count: rows.length,
    estimateSize: () => ESTIMATED_ROW_PX,
    overscan: 6,
    scrollMargin: offset,
    getItemKey: (index) => rows[index]?.event.id ?? index,
    directDomUpdates: true,
  });

  const { hash } = useLocation();
  const scrolledFor = useRef<string | null>(null);
  const target = indexById.get(hashTarget(hash));
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
    <ul ref={setListRef} aria-label={t('events.list', { count: rows.length })} className="relative w-full">
      {virtualizer.getVirtualItems().map((item) => {
        const row = rows[item.index];
        if (!row) return null;
        return (
          <li
            key={item.key}
            ref={virtualizer.measureElement}
            data-index={item.index}
            id={row.event.id}
            aria-labelledby={`${row.event.id}-title`}
            aria-posinset={item.index + 1}
            aria-setsize={rows.length}
            className="absolute top-0 left-0 w-full scroll-mt-24 pb-3"
          >
            {row.year !== null && (
              <h3 id={`events-${row.year}`} className="mt-3 mb-2 text-lg font-semibold">
                {String(row.year)}
              </h3>
            )}
            {row.month !== null && <p className="mb-1 text-sm font-medium text-muted">{row.month ? date(row.month) : t('events.undated')}</p>}
            <EventItem event={row.event} />
          </li>
        );
      })}
    </ul>
  );
});
