import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { currentLocation, renderRoute, serveData } from '../../render-route';

afterEach(() => vi.unstubAllGlobals());

describe('overview page', () => {
  it('opens on the latest year with published figures and shows its cards with sources', async () => {
    serveData();
    renderRoute('/?lang=en');
    expect(await screen.findByRole('heading', { level: 2, name: /^2024 at a glance/ })).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Year' });
    expect(within(nav).getByRole('link', { name: '2024' })).toHaveAttribute('aria-current', 'page');
    const speakers = await screen.findByRole('listitem', { name: 'Talented speakers' });
    expect(speakers).toBeInTheDocument();
    const contributors = screen.getByRole('listitem', { name: 'New contributors' });
    expect(within(contributors).getByText('2')).toBeInTheDocument();
    expect(within(contributors).getByRole('link', { name: 'See New contributors' })).toHaveAttribute('href', '/people?role=contributor&year=2024');
  });

  it('shows the year in the URL, and the year links change it', async () => {
    serveData();
    const user = userEvent.setup();
    renderRoute('/?lang=en&year=2023');
    expect(await screen.findByRole('heading', { level: 2, name: /^2023 at a glance/ })).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: '2024' }));
    expect(currentLocation().search).toBe('?year=2024');
    expect(await screen.findByRole('heading', { level: 2, name: /^2024 at a glance/ })).toBeInTheDocument();
  });

  it('lists what happened in the year, and the projects', async () => {
    serveData();
    renderRoute('/?lang=en&year=2024');
    const highlights = await screen.findByRole('region', { name: /^2024 in the data/ });
    expect(await within(highlights).findByText(/Tool of the year/)).toBeInTheDocument();
    const projects = screen.getByRole('region', { name: /^Open-source projects/ });
    expect(within(projects).getByRole('heading', { name: 'Testland Core' })).toBeInTheDocument();
  });
});
