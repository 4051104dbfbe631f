import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router-dom';

/**
 * Scrolls to the element named by the URL's #hash once the page says its content is ready
 * (its data has loaded), and once per hash: later re-renders do not pull the reader back.
 * Content rendered a little later (deferred, or a lazy section) is waited for, up to a few seconds.
 */
const WAIT_MS = 5000;

/** The id a #hash names; a malformed %-escape (`#%`) is taken literally instead of throwing. */
export function hashId(hash: string): string {
  const raw = hash.replace(/^#/, '');
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

export function useScrollToHash(ready = true) {
  const { hash } = useLocation();
  const done = useRef<string | null>(null);
  useEffect(() => {
    if (!ready || !hash || done.current === hash) return;
    const id = hashId(hash);
    const scroll = (target: HTMLElement) => {
      done.current = hash;
      target.scrollIntoView({ block: 'start' });
      if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
      target.focus({ preventScroll: true });
    };
    const now = document.getElementById(id);
    if (now) return scroll(now);
    const observer = new MutationObserver(() => {
      const target = document.getElementById(id);
      if (!target) return;
      observer.disconnect();
      scroll(target);
    });
    observer.observe(document.body, { childList: true, subtree: true });
    const stop = window.setTimeout(() => observer.disconnect(), WAIT_MS);
    return () => {
      observer.disconnect();
      window.clearTimeout(stop);
    };
  }, [ready, hash]);
}
