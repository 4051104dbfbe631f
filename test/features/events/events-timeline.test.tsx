import { configure, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { testland } from '../../fixtures/datasets';
import { manyEvents } from '../../fixtures/events';
import { renderRoute, serveData } from '../../render-route';

// The first render of a route loads its code and data: on a busy machine that can take over a second.
configure({ asyncUtilTimeout: 5000 });

const scrollY = Object.getOwnPropertyDescriptor(window, 'scrollY');
afterEach(() => {
  Reflect.deleteProperty(document.documentElement, 'scrollHeight');
  if (scrollY) Object.defineProperty(window, 'scrollY', scrollY);
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

// A timeline longer than the plain list's limit (VIRTUAL_FROM, 300): the virtual list takes over.
const LONG = 400;
const NEWEST = `meetup-${String(LONG - 1)}`;

/** The reader near the end of the drawn rows: whatever is observed is in view at once. */
class NearEnd implements IntersectionObserver {
  readonly root = null;
  readonly rootMargin = '0px';
  readonly thresholds = [0];
  constructor(private readonly callback: IntersectionObserverCallback) {}
  observe(target: Element) {
    const rect = target.getBoundingClientRect();
    const entry: IntersectionObserverEntry = {
      isIntersecting: true,
      target,
      boundingClientRect: rect,
      intersectionRect: rect,
      rootBounds: null,
      intersectionRatio: 1,
      time: 0,
    };
    setTimeout(() => this.callback([entry], this), 0);
  }
  unobserve() {}
  disconnect() {}
  takeRecords() {
    return [];
  }
}

/** The long timeline once the virtual list has replaced its first rows (24, in the flow): only the rows near the viewport. */
async function virtualList(): Promise<HTMLElement> {
  const name = `${String(LONG)} events, newest first`;
  await screen.findByRole('list', { name });
  // The first render loads the virtual list's code, which can take a few seconds on a busy machine.
  await waitFor(() => expect(within(screen.getByRole('list', { name })).getAllByRole('listitem').length).toBeLessThan(20), {
    timeout: 10_000,
  });
  return screen.getByRole('list', { name });
}

describe('the events timeline', () => {
  it('draws the newest rows of a community-sized timeline at once, and no more until the reader scrolls', async () => {
    serveData({}, { ...testland(), 'events.json': manyEvents(150) });
    renderRoute('/events?lang=en');
    const list = await screen.findByRole('list', { name: '150 events, newest first' });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(24);
    expect(items[0]).toHaveAttribute('id', 'meetup-149');
    expect(items[0]).toHaveAttribute('aria-setsize', '150');
    expect(within(list).getByRole('heading', { level: 3 })).toHaveTextContent('2022');
  });

  it('draws the rest of the timeline in the flow as the reader scrolls to its end, with its year headings', async () => {
    vi.stubGlobal('IntersectionObserver', NearEnd);
    serveData({}, { ...testland(), 'events.json': manyEvents(150) });
    renderRoute('/events?lang=en');
    const list = await screen.findByRole('list', { name: '150 events, newest first' });
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(150), { timeout: 10_000 });
    const items = within(list).getAllByRole('listitem');
    expect(items[149]).toHaveAttribute('id', 'meetup-0');
    expect(
      within(list)
        .getAllByRole('heading', { level: 3 })
        .map((h) => h.textContent),
    ).toEqual(['2022', '2021', '2020']);
  });

  it('draws only the rows near the viewport of a long timeline, and says how many there are', async () => {
    serveData({}, { ...testland(), 'events.json': manyEvents(LONG) });
    renderRoute('/events?lang=en');
    const list = await virtualList();
    const items = within(list).getAllByRole('listitem');
    expect(items[0]).toHaveAttribute('id', NEWEST);
    expect(items[0]).toHaveAttribute('aria-setsize', String(LONG));
    expect(within(items[0]!).getByRole('heading', { level: 3 })).toHaveTextContent('2027');
  });

  it('a filter that narrows a long timeline to a short one lists every event it keeps', async () => {
    vi.stubGlobal('IntersectionObserver', NearEnd);
    serveData({}, { ...testland(), 'events.json': manyEvents(LONG) });
    renderRoute('/events?lang=en&year=2021');
    const list = await screen.findByRole('list', { name: '52 events, newest first' });
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(52));
  });
});

describe('a link to one event', () => {
  it('scrolls to an event far down a community-sized timeline, once it is drawn', async () => {
    const scrollIntoView = vi.spyOn(Element.prototype, 'scrollIntoView');
    serveData({}, { ...testland(), 'events.json': manyEvents(150) });
    renderRoute('/events?lang=en#meetup-0');
    // The oldest event is not among the first rows drawn: the page scrolls to it once the rest are.
    await waitFor(() => expect(scrollIntoView.mock.contexts).toContain(document.getElementById('meetup-0')), { timeout: 10_000 });
    const row = document.getElementById('meetup-0');
    expect(row).toHaveAttribute('aria-posinset', '150');
    expect(within(row!).getByRole('heading', { level: 4 })).toHaveTextContent('Meetup number 0');
  });

  it('scrolls the virtual list to an event that is not drawn yet, which then appears', async () => {
    const scrollTo = vi.spyOn(window, 'scrollTo').mockImplementation((options?: ScrollToOptions | number) => {
      const top = typeof options === 'number' ? 0 : (options?.top ?? 0);
      Object.defineProperty(window, 'scrollY', { configurable: true, value: top });
      setTimeout(() => window.dispatchEvent(new Event('scroll')), 0);
    });
    // jsdom lays nothing out: give the page the height the list would have, so the scroll is not clamped.
    Object.defineProperty(document.documentElement, 'scrollHeight', { configurable: true, value: 1_000_000 });
    serveData({}, { ...testland(), 'events.json': manyEvents(LONG) });
    renderRoute('/events?lang=en#meetup-0');
    expect(await screen.findByRole('heading', { level: 4, name: /Meetup number 0$/ })).toBeInTheDocument();
    expect(scrollTo).toHaveBeenCalled();
    expect(document.getElementById(NEWEST)).toBeNull();
  });
});

describe('keyboard use of the timeline', () => {
  it('keeps the row holding focus drawn when the list scrolls far away from it', async () => {
    Object.defineProperty(document.documentElement, 'scrollHeight', { configurable: true, value: 1_000_000 });
    serveData({}, { ...testland(), 'events.json': manyEvents(LONG) });
    renderRoute('/events?lang=en');
    await virtualList();
    const copy = screen.getByRole('button', { name: `Copy link to “Meetup number ${String(LONG - 1)}”` });
    copy.focus();
    Object.defineProperty(window, 'scrollY', { configurable: true, value: 60_000 });
    window.dispatchEvent(new Event('scroll'));
    expect((await screen.findAllByRole('heading', { level: 4, name: /Meetup number \d\d?$/ })).length).toBeGreaterThan(0);
    expect(document.getElementById(NEWEST)).not.toBeNull();
    expect(document.getElementById(`meetup-${String(LONG - 2)}`)).toBeNull();
    expect(copy).toHaveFocus();
  });
});

describe('headings in a scrolled timeline', () => {
  it('keeps the heading of the year in view drawn, so headings never skip a level', async () => {
    Object.defineProperty(document.documentElement, 'scrollHeight', { configurable: true, value: 1_000_000 });
    serveData({}, { ...testland(), 'events.json': manyEvents(LONG) });
    renderRoute('/events?lang=en');
    await virtualList();
    Object.defineProperty(window, 'scrollY', { configurable: true, value: 60_000 });
    window.dispatchEvent(new Event('scroll'));
    const drawn = await screen.findAllByRole('heading', { level: 4, name: /Meetup number \d\d?$/ });
    const years = new Set(drawn.map((h) => h.closest('li')?.querySelector('time')?.getAttribute('datetime')?.slice(0, 4)));
    const list = screen.getByRole('list', { name: `${String(LONG)} events, newest first` });
    const headings = within(list)
      .getAllByRole('heading', { level: 3 })
      .map((h) => h.textContent);
    for (const year of years) expect(headings).toContain(year);
  });
});
