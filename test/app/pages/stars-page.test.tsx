import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { currentLocation, renderRoute, serveData } from '../../render-route';
import { testland } from '../../fixtures/datasets';
import { communityDataset } from '../../fixtures/community';
import { starPoint, starsDataset } from '../../fixtures/stars';

afterEach(() => vi.unstubAllGlobals());

/** The page's code and data load lazily; on a busy machine that can take longer than the default second. */
const LOADED = { timeout: 4000 };

describe('stars page', () => {
  it('shows the chosen projects’ figures as a table from the URL, with sources', async () => {
    serveData();
    renderRoute('/stars?lang=en&repo=testland/core,testland/tiny&view=table');
    const table = await screen.findByRole('table', { name: 'Stars over time' }, LOADED);
    expect(within(table).getAllByText('Tiny').length).toBe(1);
    expect(within(table).getByText('1,200', { selector: 'td' })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Tiny' })).toBeChecked();
  });

  it('keeps choices in the URL, leaving the default project out', async () => {
    serveData();
    const user = userEvent.setup();
    renderRoute('/stars?lang=en');
    await user.click(await screen.findByRole('checkbox', { name: 'Tiny' }, LOADED));
    expect(currentLocation().search).toBe('?lang=en&repo=testland%2Fcore%2Ctestland%2Ftiny');
    await user.click(screen.getByRole('checkbox', { name: 'Tiny' }));
    expect(currentLocation().search).toBe('?lang=en');
  });

  it('shows a failed snapshots file with Retry, and the published figures still', async () => {
    serveData({ 'star-snapshots.json': { status: 500 } });
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    renderRoute('/stars?lang=en', { onCaughtError: () => undefined });
    const alerts = await screen.findAllByRole('alert', undefined, LOADED);
    expect(alerts[0]).toHaveTextContent('data/star-snapshots.json');
    expect(within(alerts[0]!).getByRole('button', { name: 'Retry' })).toBeEnabled();
    const published = screen.getByRole('region', { name: /^Published figures/ });
    expect(within(published).getByText('“1,200 stars”')).toBeInTheDocument();
  });

  it('offers every year from the first figure to the last, and explains a backwards range instead of turning it round', async () => {
    const stars = starsDataset({
      points: [starPoint({ date: '2020-06-01', value: 100 }), starPoint({ date: '2022-06-01', value: 300 })],
      milestones: [],
    });
    serveData({}, { ...testland(), 'stars.json': stars });
    renderRoute('/stars?lang=en&from=2024&to=2021');
    const from = await screen.findByRole('combobox', { name: 'From' }, LOADED);
    expect(
      within(from)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['any year', '2020', '2021', '2022', '2023', '2024']);
    expect(from).toHaveValue('2024');
    expect(screen.getByRole('combobox', { name: 'To' })).toHaveValue('2021');
    expect(screen.getByText(/^From 2024 is after To 2021, so no year is in this range./)).toHaveAttribute('role', 'status');
  });

  it('says the summary for the chosen range', async () => {
    serveData();
    renderRoute('/stars?lang=en&to=2023');
    const figure = await screen.findByRole('figure', { name: /^Stars over time/ }, LOADED);
    expect(figure).toHaveTextContent('from 2023 to 2023; the latest published figure in this range is “800 stars”');
  });

  it('does not let the last project be unchecked, and says why', async () => {
    serveData();
    renderRoute('/stars?lang=en');
    const core = await screen.findByRole('checkbox', { name: 'Testland Core' }, LOADED);
    expect(core).toBeChecked();
    expect(core).toBeDisabled();
    expect(core).toHaveAccessibleDescription('At least one project is shown: check another project before unchecking this one.');
    expect(screen.getByRole('checkbox', { name: 'Tiny' })).toBeEnabled();
  });

  it('keeps the scale, the table’s roll-up and its sort in the URL', async () => {
    serveData();
    const user = userEvent.setup();
    renderRoute('/stars?lang=en&view=table');
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Scale' }, LOADED), 'log');
    expect(currentLocation().search).toBe('?lang=en&scale=log&view=table');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Rows' }), 'year');
    expect(currentLocation().search).toBe('?lang=en&scale=log&view=table&by=year');
    const table = screen.getByRole('table', { name: 'Stars over time' });
    // Per year, the last figure of 2024 (the published 1,200 of 31 December) and of 2023.
    expect(within(table).getAllByRole('row')).toHaveLength(3);
    await user.click(within(table).getByRole('button', { name: 'Stars: sort' }));
    await user.click(within(table).getByRole('button', { name: 'Stars: sorted ascending' }));
    expect(currentLocation().search).toBe('?lang=en&scale=log&view=table&by=year&sort=stars&dir=desc');
    const cells = within(screen.getByRole('table', { name: 'Stars over time' }))
      .getAllByRole('cell')
      .filter((c) => c.classList.contains('num'));
    expect(cells.map((c) => c.textContent)).toEqual(['1,200', '800']);
  });
});

describe('star figures can be corrected', () => {
  it('each published figure links to the community’s issue form, prefilled with its record and the page', async () => {
    const template = 'https://example.org/issues/new?title={record}&body={page}';
    serveData({}, { ...testland(), 'community.json': communityDataset({ corrections: template }) });
    renderRoute('/stars?lang=en');
    const links = await screen.findAllByRole('link', { name: /^Correct/ }, LOADED);
    const point = starsDataset().points[0]!;
    expect(links).toHaveLength(starsDataset().points.length);
    expect(links[0]).toHaveAttribute(
      'href',
      `https://example.org/issues/new?title=${encodeURIComponent(`stars.json#${point.repo}@${point.date}`)}&body=${encodeURIComponent('/stars?lang=en')}`,
    );
  });
});
