import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readStaticCharts, StaticChartsProvider, type StaticCharts } from '@/components/charts/static-charts';
import { renderRoute, serveData } from '../../render-route';
import { testland } from '../../fixtures/datasets';
import { peopleDataset, person } from '../../fixtures/people';
import type EventsChart from '@/features/events/components/events-chart';
import type PeopleChart from '@/features/people/components/people-chart';
import type StarsChart from '@/features/stars/components/stars-chart';

/**
 * Which chart chunks (the modules that import Recharts) have been imported in this file (a module is
 * imported once per file, so only the first test can see an import not happen), and which have rendered
 * in this test.
 */
const { imported, rendered } = vi.hoisted(() => ({ imported: new Set<string>(), rendered: new Set<string>() }));
vi.mock('@/features/events/components/events-chart', async (original) => {
  imported.add('events');
  const { default: Chart } = await original<{ default: typeof EventsChart }>();
  return { default: (props: Parameters<typeof Chart>[0]) => (rendered.add('events'), (<Chart {...props} />)) };
});
vi.mock('@/features/people/components/people-chart', async (original) => {
  imported.add('people');
  const { default: Chart } = await original<{ default: typeof PeopleChart }>();
  return { default: (props: Parameters<typeof Chart>[0]) => (rendered.add('people'), (<Chart {...props} />)) };
});
vi.mock('@/features/stars/components/stars-chart', async (original) => {
  imported.add('stars');
  const { default: Chart } = await original<{ default: typeof StarsChart }>();
  return { default: (props: Parameters<typeof Chart>[0]) => (rendered.add('stars'), (<Chart {...props} />)) };
});

/** A picture as the build would draw it, told apart by its width. */
const picture = (width: number) =>
  `<svg width="${width}" height="256" viewBox="0 0 ${width} 256"><rect width="10" height="10" fill="var(--chart-1)"></rect></svg>`;
const drawn = (id: string): StaticCharts => ({ [id]: { narrow: picture(340), wide: picture(800) } });
const withCharts =
  (charts: StaticCharts, lang = 'en') =>
  (page: ReactNode) => (
    <StaticChartsProvider charts={charts} lang={lang}>
      {page}
    </StaticChartsProvider>
  );

/** Boxes with a size, as in a browser: every observed element is 600 × 256. */
class SizedObserver {
  constructor(private readonly callback: ResizeObserverCallback) {}
  observe(target: Element) {
    const entry = { target, contentRect: { width: 600, height: 256 } };
    queueMicrotask(() => this.callback([entry] as unknown as ResizeObserverEntry[], this));
  }
  unobserve() {}
  disconnect() {}
}

beforeEach(() => {
  rendered.clear();
  vi.stubGlobal('ResizeObserver', SizedObserver);
});
afterEach(() => vi.unstubAllGlobals());

const LOADED = { timeout: 4000 };
const staticPicture = (figure: HTMLElement) => figure.querySelector('[data-static-chart]');
const interactive = (figure: HTMLElement) => figure.querySelector('.recharts-responsive-container, .recharts-wrapper');

describe('a chart drawn at build', () => {
  it('shows its picture in both widths, and loads no chart code until the reader reaches for it', async () => {
    serveData();
    const { container } = renderRoute('/events?lang=en', { wrap: withCharts(drawn('events-chart')) });
    const figure = await screen.findByRole('figure', { name: /Events per year/ }, LOADED);
    const shown = staticPicture(figure);
    expect(shown).not.toBeNull();
    expect(shown).toHaveAttribute('aria-hidden', 'true');
    expect(shown?.querySelector('[data-static-variant="narrow"] svg')).toHaveAttribute('width', '340');
    expect(shown?.querySelector('[data-static-variant="wide"] svg')).toHaveAttribute('width', '800');
    // The legend is HTML beside the picture, there before any chart code.
    expect(within(figure).getByText('Stated in the posts')).toBeInTheDocument();
    // Nothing but time passes: still the picture, still no chart code (this is the file's first test).
    await new Promise((done) => setTimeout(done, 300));
    expect(imported.has('events')).toBe(false);
    expect(interactive(figure)).toBeNull();
    expect(figure.querySelector('[style]')).toBeNull();
    // What a prerendered page holds reads back as what it was given.
    expect(readStaticCharts(container)).toEqual(drawn('events-chart'));
  });

  it('swaps in the interactive chart when a keyboard user tabs into the figure', async () => {
    serveData();
    const user = userEvent.setup();
    renderRoute('/events?lang=en', { wrap: withCharts(drawn('events-chart')) });
    const figure = await screen.findByRole('figure', { name: /Events per year/ }, LOADED);
    const chartButton = within(figure).getByRole('button', { name: 'Chart' });
    while (document.activeElement !== chartButton) await user.tab();
    // While the chart's code loads, the picture stays (no skeleton in between).
    expect(staticPicture(figure)).not.toBeNull();
    await waitFor(() => expect(interactive(figure)).not.toBeNull(), LOADED);
    expect(rendered.has('events')).toBe(true);
    // Once the chart has drawn itself, the picture over it goes.
    await waitFor(() => expect(staticPicture(figure)).toBeNull(), LOADED);
    expect(figure.querySelector('.recharts-surface')).not.toBeNull();
  });

  it('swaps in the interactive chart when the pointer reaches the figure', async () => {
    serveData();
    const user = userEvent.setup();
    renderRoute('/stars?lang=en', { wrap: withCharts(drawn('stars-chart')) });
    const figure = await screen.findByRole('figure', { name: /^Stars over time/ }, LOADED);
    expect(staticPicture(figure)).not.toBeNull();
    expect(rendered.has('stars')).toBe(false);
    await user.hover(figure);
    await waitFor(() => expect(interactive(figure)).not.toBeNull(), LOADED);
    await waitFor(() => expect(staticPicture(figure)).toBeNull(), LOADED);
  });

  it('swaps in the interactive chart when a filter changes what it shows', async () => {
    const data = peopleDataset();
    data.people.push(person({ id: 'mei-tan', name: 'Mei Tan' }));
    serveData({}, { ...testland(), 'people.json': data });
    const user = userEvent.setup();
    renderRoute('/people?lang=en', { wrap: withCharts(drawn('people-chart')) });
    const figure = await screen.findByRole('figure', { name: /People per role and year/ }, LOADED);
    expect(staticPicture(figure)).not.toBeNull();
    await new Promise((done) => setTimeout(done, 200));
    expect(rendered.has('people')).toBe(false);
    await user.type(screen.getByRole('searchbox'), 'mei');
    await waitFor(() => expect(interactive(figure)).not.toBeNull(), LOADED);
    expect(rendered.has('people')).toBe(true);
  });

  it('is interactive at once where the URL asks for another state than the one drawn', async () => {
    serveData();
    renderRoute('/stars?lang=en&scale=log', { wrap: withCharts(drawn('stars-chart')) });
    const figure = await screen.findByRole('figure', { name: /^Stars over time/ }, LOADED);
    expect(staticPicture(figure)).toBeNull();
    await waitFor(() => expect(interactive(figure)).not.toBeNull(), LOADED);
  });

  it('is interactive at once in another language than the one drawn', async () => {
    serveData();
    renderRoute('/events?lang=zh', { wrap: withCharts(drawn('events-chart'), 'en') });
    const figure = await screen.findByRole('figure', { name: /活动/ }, LOADED);
    expect(staticPicture(figure)).toBeNull();
    await waitFor(() => expect(interactive(figure)).not.toBeNull(), LOADED);
  });
});

describe('the overview’s stars figure', () => {
  it('is in the page at once when drawn, before it is scrolled to, without the chart code', async () => {
    serveData();
    renderRoute('/?lang=en', { wrap: withCharts(drawn('overview-stars')) });
    const figure = await screen.findByRole('figure', { name: /GitHub stars/ }, LOADED);
    expect(staticPicture(figure)).not.toBeNull();
    expect(rendered.has('stars')).toBe(false);
  });

  it('waits until it is scrolled to when not drawn', async () => {
    serveData();
    renderRoute('/?lang=en');
    await screen.findByRole('heading', { name: /GitHub stars/ }, LOADED);
    await new Promise((done) => setTimeout(done, 200));
    expect(screen.queryByRole('figure', { name: /GitHub stars/ })).not.toBeInTheDocument();
  });
});

describe('a chart without a drawing', () => {
  it('loads and renders the interactive chart at once, as on a page reached inside the app', async () => {
    serveData();
    renderRoute('/events?lang=en');
    const figure = await screen.findByRole('figure', { name: /Events per year/ }, LOADED);
    await waitFor(() => expect(interactive(figure)).not.toBeNull(), LOADED);
    expect(rendered.has('events')).toBe(true);
    expect(staticPicture(figure)).toBeNull();
  });
});
