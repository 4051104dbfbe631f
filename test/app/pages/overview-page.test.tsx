import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { currentLocation, renderRoute, serveData } from '../../render-route';
import { communityDataset } from '../../fixtures/community';
import { testland } from '../../fixtures/datasets';

afterEach(() => vi.unstubAllGlobals());

/** The page's code and data load lazily; on a busy machine that can take longer than the default second. */
const LOADED = { timeout: 4000 };

describe('overview page', () => {
  it('opens on the latest year with published figures and shows its cards with sources', async () => {
    serveData();
    renderRoute('/?lang=en');
    expect(await screen.findByRole('heading', { level: 2, name: /^2024 at a glance/ }, LOADED)).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Year' });
    expect(within(nav).getByRole('link', { name: '2024' })).toHaveAttribute('aria-current', 'page');
    const contributors = await screen.findByRole('listitem', { name: 'New contributors' }, LOADED);
    expect(within(contributors).getByText('2')).toBeInTheDocument();
    expect(within(contributors).getByRole('link', { name: 'View New contributors' })).toHaveAttribute(
      'href',
      '/people?role=contributor&year=2024',
    );
  });

  it('does not open on a newer year that has next to nothing published', async () => {
    serveData({}, { ...testland(), 'community.json': communityDataset({ years: { from: 2023, to: 2025 } }) });
    renderRoute('/?lang=en');
    expect(await screen.findByRole('heading', { level: 2, name: /^2024 at a glance/ }, LOADED)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '2025' })).not.toHaveAttribute('aria-current');
  });

  it('leads with figures for the whole history', async () => {
    serveData();
    renderRoute('/?lang=en');
    const all = await screen.findByRole('region', { name: /^All years at a glance/ }, LOADED);
    expect(await within(all).findByText('1,200', undefined, LOADED)).toBeInTheDocument();
    expect(within(all).getByRole('link', { name: 'People named, all years' })).toHaveAttribute('href', '/people');
    expect(within(all).getByText('2023–2024')).toBeInTheDocument();
  });

  it('leads with the published figures, names what is not published in one line, explains it, and links to no empty list', async () => {
    serveData();
    renderRoute('/?lang=en&year=2024');
    const ambassadors = await screen.findByRole('listitem', { name: 'Ambassadors' }, LOADED);
    expect(within(ambassadors).getByRole('link', { name: 'View Ambassadors' })).toBeInTheDocument();
    // No card, and so no link, for a figure no source gives: it is named in the one line instead.
    expect(screen.queryByRole('listitem', { name: 'Members' })).not.toBeInTheDocument();
    const cards = screen.getAllByRole('listitem').filter((li) => li.dataset.testid?.startsWith('card-'));
    expect(cards.length).toBeGreaterThan(0);
    // Each card's figure is a number (the compared year may still say it was not published then).
    for (const card of cards) expect(card.querySelector('p')?.textContent).toMatch(/\d/);
    expect(screen.getByTestId('not-published')).toHaveTextContent(/^Not published for 2024: .*Members.*\.$/);
    expect(screen.getByText(/it is unknown, not zero/)).toBeInTheDocument();
  });

  it('compares two years side by side, from the URL and by choice', async () => {
    serveData();
    const user = userEvent.setup();
    renderRoute('/?lang=en&year=2024');
    const contributors = await screen.findByRole('listitem', { name: 'New contributors' }, LOADED);
    // 2023 stated 1 speaker; 2024 has none published: the line of what is missing gives 2023's figure.
    expect(screen.getByTestId('not-published')).toHaveTextContent('Talented speakers (2023: 1)');
    expect(within(contributors).getByText('2023: not published')).toBeInTheDocument();
    expect(within(contributors).getByLabelText('Change from 2023 to 2024: not comparable')).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Compare with' }), '2023');
    expect(currentLocation().search).toBe('?lang=en&year=2024&compare=2023');
  });

  it('shows the year in the URL, and the year links change it', async () => {
    serveData();
    const user = userEvent.setup();
    renderRoute('/?lang=en&year=2023');
    expect(await screen.findByRole('heading', { level: 2, name: /^2023 at a glance/ }, LOADED)).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: '2024' }));
    expect(currentLocation().pathname).toBe('/years/2024');
    expect(currentLocation().search).toBe('');
    expect(await screen.findByRole('heading', { level: 2, name: /^2024 at a glance/ }, LOADED)).toBeInTheDocument();
  });

  it('gives each year an address of its own, which keeps other choices in the query', async () => {
    serveData();
    const user = userEvent.setup();
    renderRoute('/years/2023?lang=en&year=2024');
    // The path's year wins over an old ?year=.
    expect(await screen.findByRole('heading', { level: 2, name: /^2023 at a glance/ }, LOADED)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '2023' })).toHaveAttribute('aria-current', 'page');
    await waitFor(() => expect(document.title).toMatch(/^2023 at a glance · /));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Compare with' }), '2024');
    expect(currentLocation().pathname).toBe('/years/2023');
    expect(currentLocation().search).toBe('?lang=en&compare=2024');
  });

  it('a year the community does not cover is not a page', async () => {
    serveData();
    renderRoute('/years/1999?lang=en');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' }, LOADED)).toBeInTheDocument();
  });

  it('lists what happened in the year, and the projects', async () => {
    serveData();
    renderRoute('/?lang=en&year=2024');
    const highlights = await screen.findByRole('region', { name: /^2024 highlights/ }, LOADED);
    expect(await within(highlights).findByText(/Tool of the year/, undefined, LOADED)).toBeInTheDocument();
    // The project cards are on /community only; the overview names the projects and links there.
    const projects = screen.getByRole('region', { name: /^Open-source projects/ });
    expect(projects).toHaveTextContent('Testland Core');
    expect(within(projects).queryByRole('heading', { level: 3 })).not.toBeInTheDocument();
    expect(within(projects).getByRole('link', { name: 'Each project’s milestones and releases' })).toHaveAttribute(
      'href',
      '/community#projects',
    );
  });
});
