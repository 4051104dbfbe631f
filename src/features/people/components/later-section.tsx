import { lazy, memo, Suspense, use, useEffect, type ComponentType, type ReactNode } from 'react';
import { isPrerenderedFor } from '@/lib/lang-path';

/** How far below the screen a section's code starts to load (the reader scrolling reaches it after that). */
const AHEAD = '0px 0px 800px 0px';

/** Per section id: pending while a prerendered section waits to be near the screen, then null (open). */
const gates = new Map<string, { wait: Promise<void>; open: () => void } | null>();

/**
 * Whether section `id` must wait before its code loads: only on the page the build prerendered for this
 * address, while it is hydrating, and only while the section is far below the screen (its HTML shows meanwhile).
 * Anywhere else (the build, a page rendered in the browser, tests) it renders at once.
 */
function gateOf(id: string): Promise<void> | null {
  const known = gates.get(id);
  if (known !== undefined) return known?.wait ?? null;
  if (typeof document === 'undefined' || typeof IntersectionObserver === 'undefined') return null;
  const root = document.getElementById('root');
  const element = document.getElementById(id);
  if (!root || !element || !root.contains(element) || !isPrerenderedFor(root.dataset.page, window.location, import.meta.env.BASE_URL))
    return null;
  let open: () => void = () => undefined;
  const wait = new Promise<void>((resolve) => {
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) open();
      },
      { rootMargin: AHEAD },
    );
    observer.observe(element);
    open = () => {
      observer.disconnect();
      resolve();
    };
  });
  gates.set(id, { wait, open });
  void wait.then(() => gates.set(id, null));
  return wait;
}

/**
 * A section below the fold whose code loads when the reader nears it: on a prerendered page, the build's
 * HTML (a drawn chart, a table) shows until then and is hydrated then, so a first visit neither loads nor
 * hydrates it; rendered in the browser (a link inside the app, a filtered address), it loads at once,
 * `fallback` showing meanwhile. Leaving the page lets it load at once next time.
 */
export function laterSection<P extends object>(id: string, load: () => Promise<ComponentType<P>>, fallback: ReactNode) {
  const Code = lazy(() => load().then((component) => ({ default: component })));
  function Gated(props: P) {
    const gate = gateOf(id);
    if (gate) use(gate);
    return <Code {...props} />;
  }
  return memo(function LaterSection(props: P) {
    useEffect(() => () => gates.get(id)?.open(), []);
    return (
      <Suspense fallback={fallback}>
        <Gated {...props} />
      </Suspense>
    );
  });
}
