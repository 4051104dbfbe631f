import { lazy, memo, Suspense, use, useEffect, useLayoutEffect, type ComponentType, type ReactNode } from 'react';

/**
 * Per section id that waited for the reader: the promise it waits on, resolved once it has come near (or the
 * page was left), after which it renders at once; the way to end the wait, and to stop watching.
 */
const gates = new Map<string, { wait: Promise<void>; open: () => void; stop: () => void }>();

/** Watches `element` (the section's prerendered HTML, or its placeholder) for the reader: the gate opens once it comes within 800 px below the screen. */
function watch(id: string, element: Element): void {
  const gate = gates.get(id);
  if (!gate) return;
  gate.stop();
  const observer = new IntersectionObserver(
    (entries) => {
      if (entries.some((entry) => entry.isIntersecting)) gate.open();
    },
    { rootMargin: '0px 0px 800px 0px' },
  );
  observer.observe(element);
  gate.stop = () => observer.disconnect();
}

/**
 * What section `id` waits on before its code loads and it renders: in a browser that lays the page out and can
 * say when an element comes near (not at build, nor in a document without layout, as the tests' jsdom), the
 * first time the page shows it. Over the build's HTML (hydrating), that HTML is watched, and shows meanwhile;
 * rendered in the browser, its placeholder is (see `Watch`).
 */
function gateOf(id: string): Promise<void> | null {
  const known = gates.get(id);
  if (known) return known.wait;
  if (typeof IntersectionObserver === 'undefined' || document.documentElement.clientHeight === 0) return null;
  let open: () => void = () => undefined;
  const wait = new Promise<void>((resolve) => {
    open = resolve;
  });
  const gate = { wait, open: () => undefined, stop: () => undefined };
  gate.open = () => {
    gate.stop();
    open();
  };
  gates.set(id, gate);
  const element = document.getElementById(id);
  if (element) watch(id, element);
  return wait;
}

/**
 * In the section's placeholder, which shows where there is no prerendered HTML to keep (a page rendered in the
 * browser; or one React renders again when an update reaches it before it was hydrated, a click on the link to
 * `#people-by-year` before the app has loaded, say): the placeholder, which carries the section's `id`, is
 * what comes near now.
 */
function Watch({ id }: { id: string }) {
  useEffect(() => {
    const element = document.getElementById(id);
    if (element) watch(id, element);
  }, [id]);
  return null;
}

/**
 * Once the section has replaced its placeholder: if the address names it (the reader followed a link to it,
 * which scrolled to the placeholder, and focused it), it is scrolled to and focused in its turn (the section
 * is taller than its placeholder, which the page may have been too short to bring to the top).
 */
function Arrived({ id }: { id: string }) {
  useLayoutEffect(() => {
    const section = document.getElementById(id);
    if (!section || window.location.hash !== `#${id}`) return;
    section.scrollIntoView({ block: 'start' });
    if (document.activeElement === document.body) {
      section.tabIndex = -1;
      section.focus({ preventScroll: true });
    }
  }, [id]);
  return null;
}

/**
 * A section below the fold whose code loads, and which renders, when the reader nears it. On a prerendered
 * page, the build's HTML (a drawn chart, a table) shows until then and is hydrated then, so a first visit
 * neither loads nor hydrates it. Rendered in the browser (a link inside the app, a filtered address), its
 * placeholder shows until then (below /people's list it is far): a filtered link loads no chart code and draws
 * no chart until the reader goes there. At build, and in a document without layout, it renders at once. Once it
 * has come near, or the reader left the page, it renders at once next time.
 */
export function laterSection<P extends object>(id: string, load: () => Promise<ComponentType<P>>, fallback: ReactNode) {
  const Code = lazy(() => load().then((component) => ({ default: component })));
  function Gated(props: P) {
    const gate = gateOf(id);
    if (!gate) return <Code {...props} />;
    use(gate);
    return (
      <>
        <Code {...props} />
        <Arrived id={id} />
      </>
    );
  }
  return memo(function LaterSection(props: P) {
    useEffect(() => () => gates.get(id)?.open(), []);
    return (
      <Suspense
        fallback={
          <>
            {fallback}
            <Watch id={id} />
          </>
        }
      >
        <Gated {...props} />
      </Suspense>
    );
  });
}
