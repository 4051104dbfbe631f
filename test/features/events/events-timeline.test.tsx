import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { testland } from '../../fixtures/datasets';
import { manyEvents } from '../../fixtures/events';
import { renderRoute, serveData } from '../../render-route';

const scrollY = Object.getOwnPropertyDescriptor(window, 'scrollY');
afterEach(() => {
  Reflect.deleteProperty(document.documentElement, 'scrollHeight');
  if (scrollY) Object.defineProperty(window, 'scrollY', scrollY);
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('the events timeline', () => {
  it('draws only the rows near the viewport of a long timeline, newest first, and says how many there are', async () => {
    serveData({}, { ...testland(), 'events.json': manyEvents(300) });
    renderRoute('/events?lang=en');
    const list = await screen.findByRole('list', { name: '300 events, newest first' });
    const items = within(list).getAllByRole('listitem');
    expect(items.length).toBeGreaterThan(0);
    expect(items.length).toBeLessThan(40);
    expect(items[0]).toHaveAttribute('id', 'meetup-299');
    expect(items[0]).toHaveAttribute('aria-setsize', '300');
    expect(within(items[0]!).getByRole('heading', { level: 3 })).toHaveTextContent('2025');
  });
});

describe('a link to one event', () => {
  it('scrolls the virtual list to an event that is not drawn yet, which then appears', async () => {
    const scrollTo = vi.spyOn(window, 'scrollTo').mockImplementation((options?: ScrollToOptions | number) => {
      const top = typeof options === 'number' ? 0 : (options?.top ?? 0);
      Object.defineProperty(window, 'scrollY', { configurable: true, value: top });
      setTimeout(() => window.dispatchEvent(new Event('scroll')), 0);
    });
    // jsdom lays nothing out: give the page the height the list would have, so the scroll is not clamped.
    Object.defineProperty(document.documentElement, 'scrollHeight', { configurable: true, value: 1_000_000 });
    serveData({}, { ...testland(), 'events.json': manyEvents(300) });
    renderRoute('/events?lang=en#meetup-0');
    expect(await screen.findByRole('heading', { level: 4, name: /Meetup number 0$/ })).toBeInTheDocument();
    expect(scrollTo).toHaveBeenCalled();
    expect(document.getElementById('meetup-299')).toBeNull();
  });
});
