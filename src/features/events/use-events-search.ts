import { useCallback, useLayoutEffect, useRef } from 'react';
import { useSearchParams } from 'react-router-dom';
import { constrainEventsSearch, eventsSearch, type EventsSearch } from '@/features/events/search-params';

/**
 * The page's filters from the URL, constrained to the data's cities, and a stable `update` that pushes
 * a history entry (a stable identity lets memoised sections skip a filter change).
 */
export function useEventsSearch(cities: readonly string[]): [EventsSearch, (next: Partial<EventsSearch>) => void] {
  const [params, setParams] = useSearchParams();
  const search = constrainEventsSearch(eventsSearch.parse(params), cities);
  const latest = useRef({ search, params, setParams });
  useLayoutEffect(() => {
    latest.current = { search, params, setParams };
  });
  const update = useCallback((next: Partial<EventsSearch>) => {
    const { search: current, params: carry, setParams: set } = latest.current;
    set(eventsSearch.serialize({ ...current, ...next }, carry), { preventScrollReset: true });
  }, []);
  return [search, update];
}
