import { lazy, memo, Suspense, type ComponentType, type ReactNode } from 'react';
import { isPrerenderedFor } from '@/lib/lang-path';
import { PendingMark } from '@/components/ui/data-boundary';

/**
 * Resolves at the reader's first input anywhere, or, if `watch` is given, when that element enters the
 * viewport (as WhenVisible).
 */
function needed(watch: Element | undefined): Promise<void> {
  return new Promise((resolve) => {
    // Input of any kind, and a move in the history (a swipe back may bring no event to the page).
    const events = ['pointerdown', 'keydown', 'touchstart', 'click', 'input', 'focusin', 'popstate'] as const;
    const done = () => {
      observer?.disconnect();
      for (const name of events) window.removeEventListener(name, done, true);
      resolve();
    };
    let observer: IntersectionObserver | undefined;
    if (watch) {
      observer = new IntersectionObserver((entries) => {
        if (entries.some((e) => e.isIntersecting)) done();
      });
      observer.observe(watch);
    }
    for (const name of events) window.addEventListener(name, done, { capture: true, passive: true });
  });
}

/**
 * The part, in a Suspense boundary of its own that only its own props reach (memo): while its code is not
 * here, React keeps its prerendered HTML, and a render of the page around it that does not change its props
 * leaves it so. A change of its props before its code is here shows `fallback` until the code arrives.
 */
function lazyPart<P extends object>(id: string, load: () => Promise<ComponentType<P>>, whenSeen: boolean, fallback: ReactNode) {
  const Code = lazy(async () => {
    const root = typeof document === 'undefined' ? null : document.getElementById('root');
    const element = root?.querySelector(`#${id}`);
    if (root && element && isPrerenderedFor(root.dataset.page, window.location, import.meta.env.BASE_URL)) {
      await needed(whenSeen ? element : undefined);
    }
    return { default: await load() };
  });
  return memo(function LazyPart(props: P) {
    return (
      <Suspense
        fallback={
          <>
            {/* Marks the part as still loading, for the build's chart drawing, which waits for it (draw-charts.tsx). */}
            <PendingMark />
            {fallback}
          </>
        }
      >
        <Code {...props} />
      </Suspense>
    );
  });
}

/**
 * A lazy component for a part of a page below the fold (its section's `id`). When the app takes over a page
 * the build prerendered for this address, the part's code loads only once its section comes near the
 * viewport (or at the reader's first input): until then React keeps the prerendered HTML as it is (a Suspense
 * boundary waiting for its code), so a first visit that reads only the top of the page does not load it. The
 * HTML is the same either way. Anywhere else (a page rendered in the browser, a later page in the app) the
 * code loads at once.
 */
export function lazyWhenSeen<P extends object>(id: string, load: () => Promise<ComponentType<P>>, fallback: ReactNode = null) {
  return lazyPart(id, load, true, fallback);
}

/**
 * The same for a part in view from the start that only shows what the page's data and address say (figures,
 * links; no control of its own): the prerendered HTML is exactly what it renders, so its code is needed only
 * once the reader does something, which may change what it shows. Until then its links work as plain links.
 */
export function lazyAtFirstInput<P extends object>(id: string, load: () => Promise<ComponentType<P>>, fallback: ReactNode = null) {
  return lazyPart(id, load, false, fallback);
}
