import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useLocation, useSearchParams } from 'react-router-dom';
import { peopleSearch, TYPING_REST_MS, type PeopleSearch } from '@/features/people/search-params';

/** Text typed in the search box, over the history entry and URL it was typed on; `written`: the query string of a write in flight. */
type Typed = { q: string; over: string; written: string | null };

/**
 * /people's state from the URL, and how to change it: a discrete choice pushes a history entry, typing
 * replaces it. The scroll position stays where it is.
 *
 * Typing (`type`) shows its results at once from the typed text and writes the URL once typing rests
 * (`TYPING_REST_MS`), or at once when the reader leaves the box or presses Enter (`flush`), so
 * that a keystroke waits neither for the router (every link on the page reads the location) nor for
 * `history.replaceState`. When the URL changes, our own write keeps the typed text (which may be newer); any
 * other change (Back, Forward, a link, a choice) wins over it, and a write still due is then dropped.
 */
export function usePeopleSearch() {
  const [params, setParams] = useSearchParams();
  const query = params.toString();
  const url = `${useLocation().key}?${query}`;
  const [typed, setTyped] = useState<Typed | null>(null);
  let current = typed;
  if (typed && typed.over !== url) {
    current = typed.written === query ? { q: typed.q, over: url, written: null } : null;
    setTyped(current);
  }
  const fromUrl = peopleSearch.parse(params);
  const search = current ? { ...fromUrl, q: current.q } : fromUrl;
  const latest = useRef({ params, setParams, typed: current });
  useLayoutEffect(() => {
    latest.current = { params, setParams, typed: current };
  });
  const pending = useRef<(() => void) | null>(null);
  const cancel = () => {
    pending.current?.();
    pending.current = null;
  };
  // Leaving the page drops a write not yet made (it would land on another page's URL).
  useEffect(() => () => pending.current?.(), []);

  const update = (next: Partial<PeopleSearch>) => {
    cancel();
    setTyped(null);
    setParams(peopleSearch.serialize({ ...search, ...next }, params), { preventScrollReset: true });
  };
  const write = () => {
    pending.current = null;
    const now = latest.current;
    if (!now.typed) return;
    const next = peopleSearch.serialize({ ...peopleSearch.parse(now.params), q: now.typed.q }, now.params);
    const written = next.toString();
    if (written === now.params.toString()) return;
    setTyped((t) => t && { ...t, written });
    now.setParams(next, { replace: true, preventScrollReset: true });
  };
  const type = (q: string) => {
    // What the URL will say (blank text is no text), so the box shows the same before and after the write.
    const value = peopleSearch.parse(peopleSearch.serialize({ ...search, q })).q;
    // As an update of the previous text: a write of ours in flight (marked on it, not yet rendered) stays known.
    setTyped((t) => ({ q: value, over: t?.over ?? url, written: t?.written ?? null }));
    cancel();
    const timer = setTimeout(write, TYPING_REST_MS);
    pending.current = () => clearTimeout(timer);
  };
  /** Writes the typed text now, if a write is due: the reader left the box or pressed Enter. */
  const flush = () => {
    if (!pending.current) return;
    cancel();
    write();
  };
  /** True while the box shows text the URL does not say yet (typing, until it rests or the reader leaves the box). */
  const typing = current !== null && current.q !== fromUrl.q;
  return { search, params, update, type, flush, typing };
}
