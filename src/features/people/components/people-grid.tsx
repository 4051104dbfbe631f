import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { memo, useLayoutEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { Person } from '../schema';
import { PersonCard } from './person-card';

const ROW_HEIGHT = 132;

function subscribeResize(cb: () => void) {
  window.addEventListener('resize', cb);
  return () => window.removeEventListener('resize', cb);
}
function columnsForWidth(): number {
  const w = window.innerWidth;
  return w >= 1024 ? 3 : w >= 640 ? 2 : 1;
}

/**
 * A virtualised grid: only the rows near the viewport are in the DOM, so 100,000 people stay smooth.
 * Memoised: a keystroke re-renders it once, when the filtered list changes, not for the input itself.
 */
export const PeopleGrid = memo(function PeopleGrid({ people, label }: { people: readonly Person[]; label: string }) {
  const columns = useSyncExternalStore(subscribeResize, columnsForWidth, () => 1);
  const listRef = useRef<HTMLDivElement>(null);
  const [offset, setOffset] = useState(0);
  useLayoutEffect(() => {
    setOffset(listRef.current?.offsetTop ?? 0);
  }, []);
  const rows = Math.ceil(people.length / columns);
  const virtualizer = useWindowVirtualizer({ count: rows, estimateSize: () => ROW_HEIGHT, overscan: 2, scrollMargin: offset });

  return (
    <div ref={listRef} role="list" aria-label={label} className="relative w-full" style={{ height: virtualizer.getTotalSize() }}>
      {virtualizer.getVirtualItems().map((row) => (
        <div
          key={row.key}
          role="presentation"
          className="absolute left-0 grid w-full gap-3 pb-3"
          style={{ transform: `translateY(${row.start - virtualizer.options.scrollMargin}px)`, gridTemplateColumns: `repeat(${columns}, minmax(0, 1fr))`, height: ROW_HEIGHT }}
        >
          {people.slice(row.index * columns, row.index * columns + columns).map((person) => (
            <div role="listitem" key={person.id} className="min-w-0">
              <PersonCard person={person} />
            </div>
          ))}
        </div>
      ))}
    </div>
  );
});
