import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { currentLocation, renderRoute, serveData } from '../../render-route';
import { communityDataset, ecosystemDataset } from '../../fixtures/community';
import { testland } from '../../fixtures/datasets';
import { POST_2023 } from '../../fixtures/sources';

afterEach(() => vi.unstubAllGlobals());

/** The page's code and data load lazily; on a busy machine that can take longer than the default second. */
const LOADED = { timeout: 4000 };

const data = () => ({
  ...testland(),
  'community.json': communityDataset(),
  'ecosystem.json': ecosystemDataset({
    cases: [
      {
        id: 'acme-2024',
        year: 2024,
        company: { zh: 'Acme', en: 'Acme' },
        title: { zh: 'Acme 的实践', en: 'How Acme uses it' },
        source: POST_2023,
      },
      {
        id: 'orbit-2023',
        year: 2023,
        company: { zh: '轨道', en: 'Orbit' },
        title: { zh: '轨道的迁移', en: 'Orbit migrates' },
        source: POST_2023,
      },
    ],
    partners: [{ year: 2023, stated: 12, apps: ['Alpha', 'Beta'], source: POST_2023 }],
  }),
});

describe('community page', () => {
  it('shows projects, partners, case studies and awards', async () => {
    serveData({}, data());
    renderRoute('/community?lang=en');
    expect(await screen.findByRole('heading', { level: 3, name: 'Testland Core' }, LOADED)).toBeInTheDocument();
    const partners = screen.getByRole('table', { name: 'App-store partners by year' });
    expect(within(partners).getByRole('rowheader', { name: '2023' })).toBeInTheDocument();
    expect(within(partners).getByText('12')).toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'Awards' })).toHaveTextContent('Tool of the year');
    expect(screen.getByText('2 case studies')).toHaveAttribute('role', 'status');
  });

  it('searches case studies from the URL and as one types', async () => {
    serveData({}, data());
    const user = userEvent.setup();
    renderRoute('/community?lang=en&q=orbit');
    expect(await screen.findByText('1 case studies', undefined, LOADED)).toHaveAttribute('role', 'status');
    const search = screen.getByRole('searchbox', { name: 'Search case studies' });
    await user.clear(search);
    await user.type(search, 'acme');
    expect(currentLocation().search).toBe('?lang=en&q=acme');
    const table = screen.getByRole('table', { name: 'User case studies' });
    expect(within(table).getByRole('rowheader', { name: 'How Acme uses it' })).toBeInTheDocument();
    expect(within(table).queryByText('Orbit')).not.toBeInTheDocument();
  });

  it('counts committee leaders not shown at their request, never naming them', async () => {
    serveData(
      {},
      {
        ...data(),
        'ecosystem.json': ecosystemDataset({
          committees: [
            {
              id: 'hill',
              city: { zh: '山城', en: 'Hilltown' },
              leaders: [{ year: 2024, position: 'leader', name: { zh: '谭美', en: 'Mei Tan' }, source: POST_2023 }],
              withheldLeaders: [{ year: 2023, count: 1 }],
              source: POST_2023,
            },
          ],
        }),
      },
    );
    renderRoute('/community?lang=en');
    expect(await screen.findByText('2023: 1 not shown at their request', undefined, LOADED)).toBeInTheDocument();
  });
});

describe('community page: what the posts state beside the records', () => {
  it('shows adoption figures with their bound, the post’s words, the date and the source, and the lists the posts state', async () => {
    serveData(
      {},
      {
        ...data(),
        'community.json': communityDataset({
          adoption: [
            {
              id: 'b',
              metric: 'installs',
              value: 5000000,
              bound: 'at-least',
              wording: { zh: '累计安装量突破 500 万次', en: 'installs pass 5 million', enTranslated: true },
              asOf: '2024-01-10',
              source: POST_2023,
            },
            {
              id: 'a',
              metric: 'downloads',
              value: 700000,
              bound: 'about',
              wording: { zh: '已被下载近 70w 次', en: 'downloaded nearly 70w times' },
              asOf: '2023-01-10',
              note: { zh: '两个版本措辞不同。', en: 'The two editions differ.' },
              source: POST_2023,
            },
          ],
          facts: [
            {
              id: 'sigs',
              year: 2023,
              topic: 'sigs',
              items: ['Docs SIG', 'Edge SIG'],
              wording: { zh: '最活跃的 SIG：', en: 'The most active SIGs:', enTranslated: true },
              source: POST_2023,
            },
          ],
        }),
      },
    );
    renderRoute('/community?lang=en');
    const table = await screen.findByRole('table', { name: 'Adoption, as the posts state it' }, LOADED);
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => [
        within(row).getByRole('rowheader').textContent,
        ...within(row)
          .getAllByRole('cell')
          .map((c) => c.textContent),
      ]);
    expect(rows.map((r) => r.slice(0, 3))).toEqual([
      ['Downloads', 'about 700,000', expect.stringContaining('downloaded nearly 70w times')],
      ['Installs', 'at least 5,000,000', expect.stringContaining('installs pass 5 million')],
    ]);
    expect(rows[0]?.[2]).toContain('The two editions differ.');
    expect(rows[0]?.[3]).toBe('Jan 10, 2023');
    const stated = screen.getByRole('region', { name: 'Also stated' });
    expect(within(stated).getByRole('heading', { name: '2023 · Most active SIGs' })).toBeInTheDocument();
    expect(within(stated).getByText('Docs SIG, Edge SIG')).toBeInTheDocument();
  });
});

describe('community page: corrections', () => {
  it('offers a correction link on every award, case study, partner row and project, named for its record', async () => {
    serveData({}, { ...data(), 'community.json': communityDataset({ corrections: 'https://example.org/new?r={record}&p={page}' }) });
    renderRoute('/community?lang=en');
    const awards = await screen.findByRole('table', { name: 'Awards' }, LOADED);
    const award = within(awards).getByRole('link', { name: 'Correct: Tool of the year' });
    expect(award).toHaveAttribute('href', 'https://example.org/new?r=ecosystem.json%23best-tool-2024&p=%2Fcommunity%3Flang%3Den');
    expect(award).toHaveAttribute('rel', 'noopener noreferrer');
    const cases = screen.getByRole('table', { name: 'User case studies' });
    expect(within(cases).getByRole('link', { name: 'Correct: How Acme uses it' })).toHaveAttribute(
      'href',
      expect.stringContaining('r=ecosystem.json%23acme-2024'),
    );
    const partners = screen.getByRole('table', { name: 'App-store partners by year' });
    expect(within(partners).getByRole('link', { name: 'Correct: app-store partners 2023' })).toHaveAttribute(
      'href',
      expect.stringContaining('r=ecosystem.json%23partners-2023'),
    );
    // Each project too (its milestones and release counts are one record).
    expect(screen.getByRole('link', { name: 'Correct: Testland Core' })).toHaveAttribute(
      'href',
      expect.stringContaining('r=community.json%23projects%2Fcore'),
    );
  });
});
