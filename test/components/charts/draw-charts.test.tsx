import { waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { ChartContainer } from '@/components/charts/chart-container';
import { drawCharts } from '@/components/charts/draw-charts';
import { readStaticCharts, StaticChartsProvider, type StaticCharts } from '@/components/charts/static-charts';
import { usePlotReady } from '@/components/charts/chart-slot';
import { routeElement, serveData, testQueryClient, withAppProviders } from '../../render-route';
import { testland } from '../../fixtures/datasets';
import { starsDataset } from '../../fixtures/stars';

declare global {
  // React's flag for test renderers: drawCharts renders with createRoot outside act(), as the build does.
  var IS_REACT_ACT_ENVIRONMENT: boolean | undefined;
}
let actEnvironment: boolean | undefined;
beforeEach(() => {
  actEnvironment = globalThis.IS_REACT_ACT_ENVIRONMENT;
  globalThis.IS_REACT_ACT_ENVIRONMENT = false;
});
afterEach(() => {
  globalThis.IS_REACT_ACT_ENVIRONMENT = actEnvironment;
  vi.unstubAllGlobals();
});

/** The texts an SVG draws (tick labels, milestone labels). */
function texts(svg: string): string[] {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  return [...doc.querySelectorAll('text, tspan')].filter((t) => t.children.length === 0).map((t) => t.textContent);
}

/** Every path an SVG draws, with its colours and its geometry. */
function paths(svg: string) {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  return [...doc.querySelectorAll('path')].map((p) => ({
    d: p.getAttribute('d') ?? '',
    fill: p.getAttribute('fill'),
    stroke: p.getAttribute('stroke'),
  }));
}

/** Nothing in the markup a CSP or a sanitiser would object to: only drawing elements, no styles, handlers or links. */
function expectInert(svg: string) {
  expect(svg.startsWith('<svg')).toBe(true);
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(doc.querySelector('parsererror')).toBeNull();
  const elements = [...doc.querySelectorAll('*')];
  expect(elements.map((e) => e.localName).filter((name) => /^(script|foreignObject|a|image|use|iframe|style)$/i.test(name))).toEqual([]);
  const attributes = elements.flatMap((e) => [...e.attributes]);
  expect(attributes.filter((a) => /^(style|on.*|href|xlink:href|src|tabindex|class|data-.*)$/i.test(a.name)).map((a) => a.name)).toEqual(
    [],
  );
  expect(attributes.filter((a) => /javascript:|url\((?!#)/i.test(a.value)).map((a) => a.value)).toEqual([]);
}

describe('drawCharts', () => {
  it('draws the stars page’s chart with its lines and axis labels in the page’s language, without style attributes', async () => {
    serveData();
    const charts = await drawCharts(routeElement('/stars?lang=zh', testQueryClient()), { width: 800 });
    expect(Object.keys(charts)).toEqual(['stars-chart']);
    const svg = charts['stars-chart'] ?? '';
    expectInert(svg);
    expect(svg).toMatch(/^<svg[^>]* width="800" height="320" viewBox="0 0 800 320"/);
    // A line through the snapshots and a published figure's marker (a filled triangle), in the project's colour.
    expect(paths(svg).some((p) => p.stroke === 'var(--chart-1)' && p.fill === 'none' && /^M[\d.]+,[\d.]+L/.test(p.d))).toBe(true);
    expect(paths(svg).some((p) => p.fill === 'var(--chart-1)' && p.d.endsWith('Z'))).toBe(true);
    const labels = texts(svg);
    // The time axis in Chinese ("2024年1月"), the value axis with grouped digits.
    expect(labels.some((l) => /^\d{4}年\d{1,2}月$/.test(l))).toBe(true);
    expect(labels).toContain('1,200');
    // Ids are the chart's and the width's own, and what refers to them follows.
    const ids = [...svg.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) expect(id).toMatch(/^stars-chart-w800-\d+$/);
    for (const [, ref] of svg.matchAll(/url\(#([^)]+)\)/g)) expect(ids).toContain(ref);
  });

  it('draws the events chart’s bars at a narrow width, in English', async () => {
    serveData();
    const charts = await drawCharts(routeElement('/events?lang=en', testQueryClient()), { width: 340 });
    const svg = charts['events-chart'] ?? '';
    expectInert(svg);
    expect(svg).toMatch(/^<svg[^>]* width="340" height="256"/);
    // Bars of both series, in their colours.
    const bars = paths(svg).filter((p) => /^M [\d.]+,[\d.]+ h [\d.]+ v [\d.]+ h -[\d.]+ Z$/.test(p.d));
    expect(bars.some((p) => p.fill === 'var(--chart-1)')).toBe(true);
    expect(bars.some((p) => p.fill === 'var(--chart-2)')).toBe(true);
    // Year labels in full at this width, in English (no "年").
    expect(texts(svg).filter((l) => /^\d{4}$/.test(l)).length).toBeGreaterThan(0);
    expect(texts(svg).some((l) => /年/.test(l))).toBe(false);
  });

  it('draws the overview’s stars figure, which the page otherwise renders only once scrolled to', async () => {
    serveData();
    const charts = await drawCharts(routeElement('/?lang=en', testQueryClient()), { width: 340 });
    expect(Object.keys(charts)).toEqual(['overview-stars']);
    const svg = charts['overview-stars'] ?? '';
    expectInert(svg);
    expect(svg).toMatch(/^<svg[^>]* width="340" height="192"/);
    expect(paths(svg).some((p) => p.fill === 'var(--chart-1)' && p.d.endsWith('Z'))).toBe(true);
  });

  it('returns nothing for a page without charts, once it has rendered', async () => {
    serveData();
    const started = Date.now();
    expect(await drawCharts(routeElement('/about?lang=en', testQueryClient()), { width: 340 })).toEqual({});
    // Not the ceiling: the page is done once no loading state shows and nothing changes.
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('keeps data strings as text: a project named like markup draws no element', async () => {
    const stars = starsDataset();
    const hostile = { ...stars, projects: stars.projects.map((p, i) => (i === 0 ? { ...p, name: '<img src=x onerror=alert(1)>' } : p)) };
    serveData({}, { ...testland(), 'stars.json': hostile });
    const charts = await drawCharts(routeElement('/stars?lang=en', testQueryClient()), { width: 800 });
    const svg = charts['stars-chart'] ?? '';
    expect(svg).not.toBe('');
    expectInert(svg);
    // The name is drawn nowhere (Recharts' `name` attribute on the line is dropped), let alone as an element.
    expect(svg).not.toContain('onerror');
  });

  it('strips style attributes, scripts, foreign content, links and external references from whatever a chart draws', async () => {
    function Hostile() {
      return (
        <svg className="recharts-surface" width="100" height="50" style={{ color: 'red' }}>
          <defs>
            <clipPath id="clip">
              <rect width="10" height="10" />
            </clipPath>
          </defs>
          <script>{'alert(1)'}</script>
          <foreignObject>
            <div>html</div>
          </foreignObject>
          <a href="https://example.org/">
            <text>link</text>
          </a>
          <image href="https://example.org/track.png" />
          <g clipPath="url(#clip)" tabIndex={0} role="img" style={{ fill: 'red' }}>
            <rect width="10" height="10" fill="url(https://example.org/#x)" />
            <text x="1" y="1">
              kept
            </text>
          </g>
        </svg>
      );
    }
    const element = withAppProviders(
      '/?lang=en',
      testQueryClient(),
      <ChartContainer id="probe" title="Probe" summary="" view="chart" onViewChange={() => undefined} chart={<Hostile />} table={null} />,
    );
    const charts = await drawCharts(element, { width: 340 });
    const svg = charts['probe'] ?? '';
    expectInert(svg);
    expect(texts(svg)).toEqual(['kept']);
    expect(svg).toContain('viewBox="0 0 100 50"');
    expect(svg).toContain('<clipPath id="probe-w340-0">');
    expect(svg).toContain('clip-path="url(#probe-w340-0)"');
    expect(svg).not.toMatch(/tabindex|role=/);
    expect(svg).toContain('<rect width="10" height="10"></rect>');
  });
});

/** The live chart in these tests: says it is there, and that it has drawn itself. */
function LiveProbe() {
  usePlotReady(true);
  return <p>live chart</p>;
}

/** A page holding one ChartContainer with the given drawings, its live chart a probe. */
function prerenderedPage(drawn: StaticCharts) {
  return withAppProviders(
    '/?lang=en',
    testQueryClient(),
    <StaticChartsProvider charts={drawn} lang="en">
      <ChartContainer
        id="events-chart"
        title="Events"
        summary=""
        view="chart"
        onViewChange={() => undefined}
        chart={<LiveProbe />}
        table={null}
      />
    </StaticChartsProvider>,
  );
}

/** Server markup for `element` in the document, as a prerendered page arrives. */
function serverRendered(element: ReactNode) {
  const container = document.createElement('div');
  container.innerHTML = renderToString(element);
  document.body.append(container);
  return container;
}

describe('a drawn chart in a prerendered page', () => {
  it('hydrates without a warning when the client reads the drawings back from the page', async () => {
    serveData();
    const [narrow, wide] = await Promise.all(
      [340, 800].map((width) => drawCharts(routeElement('/events?lang=en', testQueryClient()), { width })),
    );
    const charts = { 'events-chart': { narrow: narrow?.['events-chart'] ?? '', wide: wide?.['events-chart'] ?? '' } };
    const container = serverRendered(prerenderedPage(charts));
    const read = readStaticCharts(container);
    expect(Object.keys(read)).toEqual(['events-chart']);
    expect(read['events-chart']?.wide).toContain('fill="var(--chart-2)"');
    const recoverable = vi.fn();
    const root = hydrateRoot(container, prerenderedPage(read), { onRecoverableError: recoverable });
    await new Promise((done) => setTimeout(done, 100));
    expect(recoverable).not.toHaveBeenCalled();
    expect(container.querySelectorAll('[data-static-chart] svg')).toHaveLength(2);
    expect(container).not.toHaveTextContent('live chart');
    root.unmount();
    container.remove();
    // Any hydration warning is a console.error, which fails this test (test/setup.ts).
  });

  it('swaps in the live chart after hydration when focus was already in the figure', async () => {
    serveData();
    const charts = { 'events-chart': { narrow: '<svg viewBox="0 0 1 1"></svg>', wide: '<svg viewBox="0 0 1 1"></svg>' } };
    const container = serverRendered(prerenderedPage(charts));
    // Focus reached the figure before the page's code ran: React saw no event.
    container.querySelector('button')?.focus();
    const root = hydrateRoot(container, prerenderedPage(readStaticCharts(container)));
    await waitFor(() => expect(container).toHaveTextContent('live chart'));
    await waitFor(() => expect(container.querySelector('[data-static-chart]')).toBeNull());
    root.unmount();
    container.remove();
  });
});
