import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { currentLocation, renderRoute, serveData } from '../../render-route';

afterEach(() => vi.unstubAllGlobals());

describe('stars page', () => {
  it('shows the chosen projects’ figures as a table from the URL, with sources', async () => {
    serveData();
    renderRoute('/stars?lang=en&repo=testland/core,testland/tiny&view=table');
    const table = await screen.findByRole('table', { name: 'Stars over time' });
    expect(within(table).getAllByText('Tiny').length).toBe(1);
    expect(within(table).getByText('1,200', { selector: 'td' })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Tiny' })).toBeChecked();
  });

  it('keeps choices in the URL, leaving the default project out', async () => {
    serveData();
    const user = userEvent.setup();
    renderRoute('/stars?lang=en');
    await user.click(await screen.findByRole('checkbox', { name: 'Tiny' }));
    expect(currentLocation().search).toBe('?lang=en&repo=testland%2Fcore%2Ctestland%2Ftiny');
    await user.click(screen.getByRole('checkbox', { name: 'Tiny' }));
    expect(currentLocation().search).toBe('?lang=en');
  });

  it('shows a failed snapshots file with Retry, and the published figures still', async () => {
    serveData({ 'star-snapshots.json': { status: 500 } });
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    renderRoute('/stars?lang=en', { onCaughtError: () => undefined });
    const alerts = await screen.findAllByRole('alert');
    expect(alerts[0]).toHaveTextContent('data/star-snapshots.json');
    expect(within(alerts[0]!).getByRole('button', { name: 'Retry' })).toBeEnabled();
    const published = screen.getByRole('region', { name: /^Published figures/ });
    expect(within(published).getByText('“1,200 stars”')).toBeInTheDocument();
  });
});
