import { lazy } from 'react';
import type { StarsTable, StarsTableView } from '@/features/stars/components/stars-table';

let loading: Promise<{ StarsTable: typeof StarsTable; StarsTableView: typeof StarsTableView }> | undefined;

/**
 * Starts loading the stars table's code (its roll-up and sorting, and the shared DataTable) once; called when the reader reaches
 * for a stars figure (points at it, touches or focuses it) and when its interactive chart loads, so that a
 * click on "Table" finds the code here. A first visit that only looks at the chart never loads it.
 */
export function preloadStarsTable() {
  loading ??= import('@/features/stars/components/stars-table');
  return loading;
}

/** The stars page's table view (roll-up and sorting), its code loaded with the table's. */
export const LazyStarsTableView = lazy(() => preloadStarsTable().then((m) => ({ default: m.StarsTableView })));

/**
 * The stars table, its code loaded on demand. No Suspense boundary of its own: the view switch changes the
 * view in a transition, so the chart stays on screen (never a skeleton) until the table can render.
 */
export const LazyStarsTable = lazy(() => preloadStarsTable().then((m) => ({ default: m.StarsTable })));
