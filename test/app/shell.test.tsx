import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { currentLocation, renderRoute, serveData } from '../render-route';
import { setDatasetTimeout } from '@/lib/fetch-dataset';
import { mediaDataset } from '../fixtures/media';

afterEach(() => vi.unstubAllGlobals());

const ROUTES: [string, RegExp][] = [
  ['/', /^Testland Community$/],
  ['/stars', /^GitHub stars$/],
  ['/people', /^People$/],
  ['/events', /^Events$/],
  ['/media', /^Media and followers$/],
  ['/community', /^Community$/],
];

describe('app shell', () => {
  it.each(ROUTES)('renders %s with its heading and the community name from data', async (url, heading) => {
    serveData();
    renderRoute(`${url}?lang=en`);
    expect(await screen.findByRole('heading', { level: 1, name: heading })).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Main' });
    for (const name of ['Overview', 'Stars', 'People', 'Events', 'Media', 'Community']) {
      expect(within(nav).getByRole('link', { name })).toBeInTheDocument();
    }
    expect(await screen.findByRole('link', { name: /^Testland Community\s*Community dashboard$/ })).toBeInTheDocument();
  });

  it('switches language and remembers it', async () => {
    serveData();
    const user = userEvent.setup();
    renderRoute('/media');
    await user.click(await screen.findByRole('button', { name: 'English' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Media and followers' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '中文' }));
    expect(await screen.findByRole('heading', { level: 1, name: '媒体与关注者' })).toBeInTheDocument();
    expect(window.localStorage.getItem('dashboard.lang')).toBe('zh');
  });

  it('lets ?lang= in a link win over the remembered language', async () => {
    window.localStorage.setItem('dashboard.lang', 'zh');
    serveData();
    renderRoute('/events?lang=en');
    expect(await screen.findByRole('heading', { level: 1, name: 'Events' })).toBeInTheDocument();
  });

  it('shows a not-found page with a way home for unknown routes', async () => {
    serveData();
    const user = userEvent.setup();
    renderRoute('/no/such/page?lang=en');
    expect(screen.getByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByText('There is no page at /no/such/page.')).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Go to the overview' }));
    expect(currentLocation().pathname).toBe('/');
  });

  it('shows a broken dataset with its file, record and field, and Retry recovers', async () => {
    const good = mediaDataset();
    const broken = mediaDataset({ images: [{ ...good.images[0]!, year: 'twenty' as unknown as number }] });
    const overrides: Record<string, { body: string } | undefined> = { 'media.json': { body: JSON.stringify(broken) } };
    const fetchMock = serveData(overrides);
    const user = userEvent.setup();
    renderRoute('/media?lang=en');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('data/media.json');
    expect(alert).toHaveTextContent('images[0]');
    expect(alert).toHaveTextContent('year');
    // The shell still works.
    expect(screen.getByRole('navigation', { name: 'Main' })).toBeInTheDocument();
    overrides['media.json'] = undefined;
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('heading', { name: /Chat groups/ })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(fetchMock).toHaveBeenCalled();
  });

  it('waits for source titles before showing a page, so they never reflow it', async () => {
    serveData({ 'sources.json': { delayMs: 300 } });
    renderRoute('/media?lang=en');
    // When the content first shows, sources are named by post title and date, never by a bare URL.
    expect(await screen.findByRole('heading', { name: /Chat groups/ }, { timeout: 3000 })).toBeInTheDocument();
    expect(screen.getAllByRole('link', { name: /The 2024 review/ }).length).toBeGreaterThan(0);
    expect(screen.queryByRole('link', { name: /^example\.org\// })).not.toBeInTheDocument();
  });

  it('shows a page with bare source URLs, and the error with Retry, when sources.json never answers', async () => {
    setDatasetTimeout(300);
    serveData({ 'sources.json': { hang: true } });
    renderRoute('/media?lang=en');
    expect((await screen.findAllByRole('link', { name: /example\.org\/posts\/2024-review/ }, { timeout: 3000 })).length).toBeGreaterThan(0);
    expect(screen.getByRole('alert')).toHaveTextContent('data/sources.json: did not answer within 0.3 s');
    expect(within(screen.getByRole('alert')).getByRole('button', { name: 'Retry' })).toBeEnabled();
    setDatasetTimeout(20_000);
  });

  it('shows a truncated dataset as not valid JSON', async () => {
    serveData({ 'stars.json': { body: '{"projects": [' } });
    renderRoute('/stars?lang=en');
    expect(await screen.findByRole('alert')).toHaveTextContent('data/stars.json: not valid JSON');
  });

  it('offers a copy-link control for every section heading', async () => {
    serveData();
    const user = userEvent.setup();
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(window, 'isSecureContext', { value: true, configurable: true });
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    renderRoute('/media?lang=en');
    const heading = await screen.findByRole('heading', { level: 2, name: /Chat groups|Figures published/ });
    const section = heading.closest('section');
    expect(section).not.toBeNull();
    await user.click(within(heading).getByRole('button', { name: /^Copy link to/ }));
    expect(writeText).toHaveBeenCalledWith(expect.stringMatching(new RegExp(`#${section!.id}$`)));
    await waitFor(() => expect(screen.getAllByRole('status').some((s) => s.textContent === 'Link copied')).toBe(true));
  });
});
