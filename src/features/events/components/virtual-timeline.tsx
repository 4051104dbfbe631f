import { defaultRangeExtractor, useWindowVirtualizer, type Range } from '@tanstack/react-virtual';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useLocation } from 'react-router-dom';
import { useI18n } from '@/lib/i18n/i18n';
import { hashId } from '@/lib/use-scroll-to-hash';
import { timelineIndex, yearStart } from '@/features/events/lib/timeline';
import { TimelineRow, type TimelineProps } from '@/features/events/components/timeline-row';

const ESTIMATED_ROW_PX = 170;

/**
 * A long timeline (thousands of events), virtualised: only the rows near the viewport are in the DOM, each
 * measured as drawn (rows differ in height), so 20,000 events stay quick to filter. The virtualiser writes
 * positions to the DOM itself (no style attributes in markup). A `#event-id` link scrolls the list to that
 * event, drawn or not yet. Loaded only when a list is that long (@tanstack/react-virtual comes with it).
 */
export default function VirtualTimeline({ events, correction }: TimelineProps) {
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
  const target = useMemo(() => timelineIndex(events, hashId(hash)), [events, hash]);

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
      {virtualizer.getVirtualItems().map((item) => (
        <TimelineRow key={item.key} events={events} index={item.index} correction={correction} measure={virtualizer.measureElement} />
      ))}
    </ul>
  );
}
