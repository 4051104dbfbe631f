import { lazy, memo, Suspense, use, useCallback, useEffect, useState, type ComponentType, type ReactNode } from 'react';
import { isPrerenderedFor } from '@/lib/lang-path';

/** How far below the screen a section's code starts to load (the reader scrolling reaches it after that). */
const AHEAD = '0px 0px 800px 0px';

/** Whether the app is taking over the HTML the build prerendered for this address, section `id` included. */
function hydrating(id: string): boolean {
  const root = document.getElementById('root');
  const element = document.getElementById(id);
  return !!root && !!element && root.contains(element) && isPrerenderedFor(root.dataset.page, window.location, import.meta.env.BASE_URL);
}

/** Per section id: pending while a prerendered section waits to be near the screen, then null (open). */
const gates = new Map<string, { wait: Promise<void>; open: () => void } | null>();

/**
 * Whether section `id` must wait before its code loads: only on the page the build prerendered for this
 * address, while it is hydrating, and only while the section is far below the screen (its HTML shows meanwhile).
 * A page rendered in the browser waits through `mayWait` instead (there is no HTML to keep).
 */
function gateOf(id: string): Promise<void> | null {
  const known = gates.get(id);
  if (known !== undefined) return known?.wait ?? null;
  if (typeof document === 'undefined' || typeof IntersectionObserver === 'undefined' || !hydrating(id)) return null;
  const element = document.getElementById(id);
  if (!element) return null;
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
 * Whether section `id`, about to render in the browser (not over the build's HTML), may wait for the reader:
 * where the page is laid out and the browser can say when the section comes near (not at build, nor in a
 * document without layout), the first time in this document, and not while hydrating (the HTML must match).
 */
function mayWait(id: string): boolean {
  return (
    typeof document !== 'undefined' &&
    typeof IntersectionObserver !== 'undefined' &&
    document.documentElement.clientHeight > 0 &&
    !reached.has(id) &&
    !hydrating(id)
  );
}

/** The sections the reader has come near in this document: their code is here, and they render at once next time. */
const reached = new Set<string>();

/**
 * The section's placeholder (`fallback`, which carries the section's `id`) until the browser says it is within
 * 800 px of the screen (its first report comes after the next layout: asking for the box here would lay
 * the page out in the middle of this commit).
 */
function Waiting({ id, fallback, onNear }: { id: string; fallback: ReactNode; onNear: () => void }) {
  useEffect(() => {
    const element = document.getElementById(id);
    if (!element) {
      onNear();
      return;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        observer.disconnect();
        reached.add(id);
        onNear();
      },
      { rootMargin: AHEAD },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [id, onNear]);
  return fallback;
}

/**
 * A section below the fold whose code loads, and which renders, when the reader nears it. On a prerendered
 * page, the build's HTML (a drawn chart, a table) shows until then and is hydrated then, so a first visit
 * neither loads nor hydrates it. Rendered in the browser (a link inside the app, a filtered address), its
 * placeholder shows until the browser says it is near the screen (below /people's list, it is
 * far): a filtered link loads no chart code and draws no chart until the reader goes there. At build it renders
 * at once. Once the reader has come near it (or left the page, for a prerendered section), it renders at once.
 */
export function laterSection<P extends object>(id: string, load: () => Promise<ComponentType<P>>, fallback: ReactNode) {
  const Code = lazy(() => load().then((component) => ({ default: component })));
  function Gated(props: P) {
    const gate = gateOf(id);
    if (gate) use(gate);
    return <Code {...props} />;
  }
  return memo(function LaterSection(props: P) {
    const [waiting, setWaiting] = useState(() => mayWait(id));
    const near = useCallback(() => setWaiting(false), []);
    useEffect(() => () => gates.get(id)?.open(), []);
    if (waiting) return <Waiting id={id} fallback={fallback} onNear={near} />;
    return (
      <Suspense fallback={fallback}>
        <Gated {...props} />
      </Suspense>
    );
  });
}
