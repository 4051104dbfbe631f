/**
 * A child process of the build that draws the charts of prerendered pages (prerender.ts forks it): a jsdom
 * window as its globals, the compiled page renderer (src/app/server.tsx), and per request the charts of one
 * page at one width, drawn by the app's own Recharts components (`drawPageCharts`). A process apart, so the
 * build's own process never has browser globals that would change what the pages render.
 */
import { JSDOM, VirtualConsole } from 'jsdom';
import type { Lang } from '../lib/i18n/format.ts';

// jsdom's own complaints (no scrollTo, no layout) are not the build's: a console of its own that forwards nothing.
const dom = new JSDOM('<!doctype html><html><head></head><body></body></html>', {
  url: 'http://localhost/',
  pretendToBeVisual: true,
  virtualConsole: new VirtualConsole(),
});
const { window } = dom;
// Every browser global the app and Recharts may read, except what Node has itself (timers, fetch, events).
for (const key of Object.getOwnPropertyNames(window)) {
  if (key in globalThis) continue;
  Object.defineProperty(globalThis, key, { configurable: true, get: (): unknown => Reflect.get(window, key) });
}
Object.defineProperty(globalThis, 'window', { configurable: true, value: window });
Object.defineProperty(globalThis, 'navigator', { configurable: true, value: window.navigator });
class NoResize {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
Object.defineProperty(globalThis, 'ResizeObserver', { configurable: true, value: NoResize });
Object.defineProperty(window, 'ResizeObserver', { configurable: true, value: NoResize });
Object.defineProperty(window, 'matchMedia', {
  configurable: true,
  value: (query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addEventListener() {},
    removeEventListener() {},
    addListener() {},
    removeListener() {},
    dispatchEvent: () => false,
  }),
});

type Job = { id: number; route: string; lang: Lang; width: number };
type Init = { renderer: string; datasets: Record<string, unknown> };

type Draw = (job: Job & { datasets: Record<string, unknown> }) => Promise<Record<string, string>>;
function isRenderer(value: unknown): value is { drawPageCharts: Draw } {
  return value !== null && typeof value === 'object' && typeof Reflect.get(value, 'drawPageCharts') === 'function';
}

let ready: Promise<{ draw: Draw }> | undefined;
let datasets: Record<string, unknown> = {};
let queue: Promise<unknown> = Promise.resolve();

process.on('message', (message: { init?: Init; job?: Job }) => {
  if (message.init) {
    datasets = message.init.datasets;
    ready = import(message.init.renderer).then((module: unknown) => {
      if (!isRenderer(module)) throw new Error('src/app/server.tsx does not export drawPageCharts');
      return { draw: module.drawPageCharts };
    });
    return;
  }
  const { job } = message;
  if (!job || !ready) return;
  // One drawing at a time: drawCharts waits for the markup to stop changing, which others would keep moving.
  const turn = queue
    .then(() => ready)
    .then((renderer) => {
      if (!renderer) throw new Error('no renderer');
      return renderer.draw({ ...job, datasets });
    });
  queue = turn.then(
    () => undefined,
    () => undefined,
  );
  turn.then(
    (charts) => process.send?.({ id: job.id, charts }),
    (error: unknown) => process.send?.({ id: job.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
  );
});
