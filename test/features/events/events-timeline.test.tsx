import { configure, screen, within } from '@testing-library/react';
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

describe('the events timeline', () => {
  it('draws only the rows near the viewport of a long timeline, newest first, and says how many there are', async () => {
    serveData({}, { ...testland(), 'events.json': manyEvents(150) });
    renderRoute('/events?lang=en');
    const list = await screen.findByRole('list', { name: '150 events, newest first' });
    const items = within(list).getAllByRole('listitem');
    expect(items.length).toBeGreaterThan(0);
    expect(items.length).toBeLessThan(40);
    expect(items[0]).toHaveAttribute('id', 'meetup-149');
    expect(items[0]).toHaveAttribute('aria-setsize', '150');
    expect(within(items[0]!).getByRole('heading', { level: 3 })).toHaveTextContent('2022');
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
    serveData({}, { ...testland(), 'events.json': manyEvents(150) });
    renderRoute('/events?lang=en#meetup-0');
    expect(await screen.findByRole('heading', { level: 4, name: /Meetup number 0$/ })).toBeInTheDocument();
    expect(scrollTo).toHaveBeenCalled();
    expect(document.getElementById('meetup-149')).toBeNull();
  });
});

describe('keyboard use of the timeline', () => {
  it('keeps the row holding focus drawn when the list scrolls far away from it', async () => {
    Object.defineProperty(document.documentElement, 'scrollHeight', { configurable: true, value: 1_000_000 });
    serveData({}, { ...testland(), 'events.json': manyEvents(150) });
    renderRoute('/events?lang=en');
    const copy = await screen.findByRole('button', { name: 'Copy link to “Meetup number 149”' });
    copy.focus();
    Object.defineProperty(window, 'scrollY', { configurable: true, value: 15_000 });
    window.dispatchEvent(new Event('scroll'));
    expect((await screen.findAllByRole('heading', { level: 4, name: /Meetup number \d\d?$/ })).length).toBeGreaterThan(0);
    expect(document.getElementById('meetup-149')).not.toBeNull();
    expect(document.getElementById('meetup-148')).toBeNull();
    expect(copy).toHaveFocus();
  });
});

describe('headings in a scrolled timeline', () => {
  it('keeps the heading of the year in view drawn, so headings never skip a level', async () => {
    Object.defineProperty(document.documentElement, 'scrollHeight', { configurable: true, value: 1_000_000 });
    serveData({}, { ...testland(), 'events.json': manyEvents(150) });
    renderRoute('/events?lang=en');
    await screen.findByRole('list', { name: '150 events, newest first' });
    Object.defineProperty(window, 'scrollY', { configurable: true, value: 15_000 });
    window.dispatchEvent(new Event('scroll'));
    const drawn = await screen.findAllByRole('heading', { level: 4, name: /Meetup number \d\d?$/ });
    const years = new Set(drawn.map((h) => h.closest('li')?.querySelector('time')?.getAttribute('datetime')?.slice(0, 4)));
    const list = screen.getByRole('list', { name: '150 events, newest first' });
    const headings = within(list)
      .getAllByRole('heading', { level: 3 })
      .map((h) => h.textContent);
    for (const year of years) expect(headings).toContain(year);
  });
});
