import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderRoute, serveData } from '../../render-route';
import { testland } from '../../fixtures/datasets';
import { mediaDataset } from '../../fixtures/media';
import { POST_2024 } from '../../fixtures/sources';

afterEach(() => vi.unstubAllGlobals());

/** The page's code and data load lazily; on a busy machine that can take longer than the default second. */
const LOADED = { timeout: 4000 };

describe('media page', () => {
  it('shows text figures with their wording and source', async () => {
    serveData();
    renderRoute('/media?lang=en');
    const region = await screen.findByRole('region', { name: /^Figures published as text/ }, LOADED);
    expect(within(region).getByRole('heading', { name: 'Chat groups' })).toBeInTheDocument();
    expect(within(region).getByText('500+')).toBeInTheDocument();
    expect(within(region).getByText(/“500\+ people”/)).toBeInTheDocument();
  });

  it('links each year’s image, never writing a year with a separator', async () => {
    const datasets = {
      ...testland(),
      'media.json': mediaDataset({ images: [{ year: 2021, image: 'https://example.org/images/2021.png', source: POST_2024 }] }),
    };
    serveData({}, datasets);
    renderRoute('/media?lang=en');
    const table = await screen.findByRole('table', { name: 'Followers per channel, by year' }, LOADED);
    expect(within(table).getByRole('rowheader', { name: '2021' })).toBeInTheDocument();
    expect(within(table).getByRole('link', { name: 'Open the 2021 image' })).toHaveAttribute('href', 'https://example.org/images/2021.png');
    expect(table).not.toHaveTextContent('2,021');
  });
});
