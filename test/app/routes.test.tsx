import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderRoute, serveData } from '../render-route';
import { en } from '@/lib/i18n/en';

afterEach(() => vi.unstubAllGlobals());

// A page that crashes while rendering until the test lets it recover: the route's boundary must show
// the crash, keep the shell working, and render the page again on Retry.
const page = { crash: true };
vi.mock('@/app/pages/media-page', () => ({
  intro: 'media.intro',
  default: function CrashingPage() {
    if (page.crash) throw new Error('boom');
    return <p>Recovered page</p>;
  },
}));

describe('route boundaries', () => {
  it('shows a crashing page as an error with Retry, and the rest of the app keeps working', async () => {
    serveData();
    const caught = vi.fn();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const user = userEvent.setup();
    renderRoute('/media?lang=en', { onCaughtError: caught });
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('Something went wrong on this page')).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Main' })).toBeInTheDocument();
    expect(caught).toHaveBeenCalled();
    page.crash = false;
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText('Recovered page')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it.each(['/stars#%', '/people#%E0%A4%A', '/#%zz'])('renders %s, a URL whose hash is a broken %-escape', async (url) => {
    serveData();
    renderRoute(url.replace('#', '?lang=en#'));
    expect(await screen.findByRole('heading', { level: 1 })).toBeInTheDocument();
    // The page's data and sources have loaded: its source links name the made-up posts.
    expect((await screen.findAllByRole('link', { name: /The 202[34] review/ }, { timeout: 5000 })).length).toBeGreaterThan(0);
    expect(screen.queryByText('Something went wrong on this page')).not.toBeInTheDocument();
  });

  it.each([
    ['/people', 'people'],
    ['/events', 'events'],
    ['/about', 'about'],
  ] as const)('shows %s’s title, then its introduction above the page', async (path, name) => {
    serveData();
    renderRoute(`${path}?lang=en`);
    const title = await screen.findByRole('heading', { level: 1, name: en[`${name}.title`] });
    const intro = await screen.findByText(en[`${name}.intro`]);
    expect(title.compareDocumentPosition(intro)).toBe(Node.DOCUMENT_POSITION_FOLLOWING);
    const firstSection = await screen.findAllByRole('heading', { level: 2 });
    expect(intro.compareDocumentPosition(firstSection[0] ?? document.body) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });
});
