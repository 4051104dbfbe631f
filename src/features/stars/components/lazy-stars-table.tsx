import { lazy, startTransition, type ComponentProps } from 'react';
import type { StarsTable, StarsTableView } from '@/features/stars/components/stars-table';

type TableModule = { StarsTable: typeof StarsTable; StarsTableView: typeof StarsTableView };
let loading: Promise<TableModule> | undefined;
let loaded: TableModule | undefined;

/**
 * Starts loading the stars table's code (its roll-up and sorting, and the shared DataTable) once; called when
 * the reader reaches for a stars figure (points at it, touches or focuses it) and when its interactive chart
 * loads, so that a click on "Table" finds the code here. A first visit that only looks at the chart never
 * loads it.
 */
export function preloadStarsTable() {
  loading ??= import('@/features/stars/components/stars-table').then((m) => (loaded = m));
  return loading;
}

/**
 * Changes the view: at once when the table's code is here (the table shows with the click), else in a
 * transition, so the chart stays on screen (never a skeleton) until the table can render.
 */
export function changeView(change: () => void) {
  if (loaded) change();
  else startTransition(change);
}

const LazyTable = lazy(() => preloadStarsTable().then((m) => ({ default: m.StarsTable })));
const LazyView = lazy(() => preloadStarsTable().then((m) => ({ default: m.StarsTableView })));

/** The stars table, its code loaded on demand (no Suspense boundary of its own: see `changeView`). */
export function LazyStarsTable(props: ComponentProps<typeof StarsTable>) {
  return loaded ? <loaded.StarsTable {...props} /> : <LazyTable {...props} />;
}

/** The stars page's table view (roll-up and sorting), its code loaded with the table's. */
export function LazyStarsTableView(props: ComponentProps<typeof StarsTableView>) {
  return loaded ? <loaded.StarsTableView {...props} /> : <LazyView {...props} />;
}
