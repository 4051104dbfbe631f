import type { ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { ChartDrawingContext } from '@/components/charts/static-charts';
import { PENDING_SELECTOR } from '@/components/ui/data-boundary';

/** How often the drawing is looked at, how long it must stay unchanged to count as drawn, and the ceiling. */
const POLL_MS = 25;
const SETTLED_MS = 150;
const TIMEOUT_MS = 10_000;

/** The SVG elements a drawn chart may keep; anything else (script, foreignObject, a, image, use…) goes with its content. */
const ELEMENTS = new Set([
  'svg',
  'g',
  'path',
  'line',
  'rect',
  'circle',
  'ellipse',
  'polyline',
  'polygon',
  'text',
  'tspan',
  'defs',
  'clipPath',
  'title',
  'desc',
  'linearGradient',
  'radialGradient',
  'stop',
]);
/**
 * The attributes a drawn chart may keep: geometry and presentation. Everything else goes: inline styles
 * (the CSP), handlers, links, focus and roles (the picture is decoration), and the classes, data attributes
 * and series names Recharts and the app put there for the live chart (so nothing that looks for the live
 * chart finds the picture).
 */
const ATTRIBUTES = new Set([
  'id',
  'd',
  'x',
  'y',
  'x1',
  'y1',
  'x2',
  'y2',
  'cx',
  'cy',
  'r',
  'rx',
  'ry',
  'width',
  'height',
  'points',
  'viewbox',
  'transform',
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
  'clip-path',
  'text-anchor',
  'dominant-baseline',
  'font-size',
  'font-weight',
  'dx',
  'dy',
  'offset',
  'stop-color',
  'stop-opacity',
]);

/**
 * Draws every chart in `element` with its interactive component at a fixed width and returns each chart's
 * SVG by chart id, as the static picture a prerendered page shows (`StaticChartsProvider`). Browser code:
 * it renders into a detached element of the current `document` (at build, a jsdom window the caller
 * provides as globals), waits until the page has rendered (no Suspense fallback of a `DataBoundary` or
 * chart slot showing), every chart has drawn and the markup has stopped changing (Recharts draws in several
 * effect passes), then returns the SVGs with only drawing elements and attributes (no style attributes,
 * scripts, event handlers, links, external references, classes or data attributes), coordinates to a tenth
 * of a pixel, and ids made unique per chart and width. Call it once per width (about 340 px for `narrow`,
 * 800 px for `wide`).
 */
export async function drawCharts(element: ReactNode, options: { width: number; timeoutMs?: number }): Promise<Record<string, string>> {
  const container = document.createElement('div');
  const root = createRoot(container);
  root.render(<ChartDrawingContext value={{ width: options.width }}>{element}</ChartDrawingContext>);
  try {
    await settled(container, options.timeoutMs ?? TIMEOUT_MS);
    const charts: Record<string, string> = {};
    for (const plot of container.querySelectorAll('[data-chart-plot]')) {
      const id = plot.getAttribute('data-chart-plot');
      const svg = plot.querySelector('svg.recharts-surface') ?? plot.querySelector('svg');
      if (id && svg) charts[id] = cleanSvg(svg, `${id}-w${options.width}`);
    }
    return charts;
  } finally {
    root.unmount();
  }
}

function sleep(ms: number) {
  return new Promise<void>((done) => setTimeout(done, ms));
}

/**
 * Resolves once the page has rendered (something is there, no Suspense fallback is showing), every chart
 * slot holds an SVG, and nothing has changed for a while; or at the ceiling.
 */
async function settled(container: HTMLElement, timeoutMs: number) {
  const end = Date.now() + timeoutMs;
  let last = '';
  let since = Date.now();
  while (Date.now() < end) {
    await sleep(POLL_MS);
    const now = container.innerHTML;
    if (now !== last) {
      last = now;
      since = Date.now();
      continue;
    }
    const rendered = container.childElementCount > 0 && container.querySelector(PENDING_SELECTOR) === null;
    const drawn = [...container.querySelectorAll('[data-chart-plot]')].every((plot) => plot.querySelector('svg'));
    if (rendered && drawn && Date.now() - since >= SETTLED_MS) return;
  }
}

/** A reference inside the drawing (`url(#id)`), the only kind of reference a drawn chart may keep. */
const LOCAL_URL = /url\(\s*['"]?#([^'")\s]+)['"]?\s*\)/g;

/** Coordinates to a tenth of a pixel (Recharts writes 73.94535519125682); text offsets in em stay exact. */
const LONG_DECIMAL = /\d+\.\d{2,}/g;
const EXACT = new Set(['dx', 'dy']);
const tenth = (n: string) => String(Math.round(Number(n) * 10) / 10);

/** A copy of a drawn SVG, safe to insert as markup: see `drawCharts`. Ids become `<prefix>-<n>`. */
function cleanSvg(svg: Element, prefix: string): string {
  const copy = svg.cloneNode(true);
  if (!(copy instanceof Element)) return '';
  const elements = [copy, ...copy.querySelectorAll('*')];
  for (const element of elements) {
    if (!ELEMENTS.has(element.localName)) element.remove();
  }
  const kept = [copy, ...copy.querySelectorAll('*')];
  const ids = new Map<string, string>();
  for (const element of kept) {
    if (element.id) ids.set(element.id, `${prefix}-${ids.size}`);
  }
  for (const element of kept) {
    for (const { name, value } of [...element.attributes]) {
      const lower = name.toLowerCase();
      const external = /url\(/i.test(value.replace(LOCAL_URL, '')) || /javascript:|data:/i.test(value);
      if (!ATTRIBUTES.has(lower) || external) element.removeAttribute(name);
      else if (lower === 'id') element.setAttribute(name, ids.get(value) ?? '');
      else if (value.includes('url('))
        element.setAttribute(
          name,
          value.replace(LOCAL_URL, (_, id: string) => `url(#${ids.get(id) ?? ''})`),
        );
      else if (!EXACT.has(lower) && LONG_DECIMAL.test(value)) element.setAttribute(name, value.replace(LONG_DECIMAL, tenth));
    }
  }
  // Scales with its box in the page: a viewBox from the size it was drawn at.
  const width = copy.getAttribute('width');
  const height = copy.getAttribute('height');
  if (!copy.hasAttribute('viewBox') && width && height) copy.setAttribute('viewBox', `0 0 ${width} ${height}`);
  return copy.outerHTML;
}
