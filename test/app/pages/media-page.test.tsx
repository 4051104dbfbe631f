import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderRoute, serveData } from '../../render-route';
import { testland } from '../../fixtures/datasets';
import { communityDataset } from '../../fixtures/community';
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

  it('sets views apart from members and followers: plays are not people', async () => {
    const base = mediaDataset();
    const talk = {
      id: 'talks',
      name: { zh: '视频课程', en: 'Video course', enTranslated: true },
      measure: 'views' as const,
      figures: [
        {
          ...base.channels[0]!.figures[0]!,
          value: 9000,
          qualifier: 'nearly' as const,
          wording: { zh: '近 9000 次播放', en: 'nearly 9,000 views' },
        },
      ],
    };
    serveData({}, { ...testland(), 'media.json': mediaDataset({ channels: [{ ...base.channels[0]!, measure: 'members' }, talk] }) });
    renderRoute('/media?lang=en');
    const people = await screen.findByRole('region', { name: /^Figures published as text/ }, LOADED);
    expect(within(people).getByRole('heading', { name: 'Chat groups' })).toBeInTheDocument();
    expect(within(people).getByText('members')).toBeInTheDocument();
    expect(within(people).queryByRole('heading', { name: 'Video course' })).not.toBeInTheDocument();
    const views = screen.getByRole('region', { name: /^Views/ });
    expect(within(views).getByRole('heading', { name: 'Video course' })).toBeInTheDocument();
    expect(within(views).getByText('Views count plays, not people: they are not followers.')).toBeInTheDocument();
  });

  it('presents each year’s image as evidence, newest first, with a caption and a link, never writing a year with a separator', async () => {
    const datasets = {
      ...testland(),
      'media.json': mediaDataset({
        images: [
          { year: 2021, image: 'https://example.org/images/2021.png', source: POST_2024 },
          { year: 2024, asOf: '2024-12-31', image: 'https://example.org/images/2024.png', source: POST_2024 },
        ],
      }),
    };
    serveData({}, datasets);
    renderRoute('/media?lang=en');
    const region = await screen.findByRole('region', { name: /^Followers per channel, by year/ }, LOADED);
    const years = within(region).getAllByRole('listitem');
    expect(years.map((li) => li.getAttribute('aria-labelledby'))).toEqual(['followers-2024', 'followers-2021']);
    const y2021 = within(region).getByRole('listitem', { name: '2021' });
    expect(y2021).toHaveTextContent('The 2021 review gives its follower figure for each channel only in an image.');
    expect(y2021).toHaveTextContent('not published as data');
    expect(within(y2021).getByRole('link', { name: 'View the 2021 image' })).toHaveAttribute('href', 'https://example.org/images/2021.png');
    expect(region).not.toHaveTextContent('2,021');
  });
});

describe('media figures can be corrected', () => {
  it('each figure links to the community’s issue form, prefilled with its record and the page', async () => {
    const template = 'https://example.org/issues/new?title={record}&body={page}';
    serveData({}, { ...testland(), 'community.json': communityDataset({ corrections: template }) });
    renderRoute('/media?lang=en');
    const region = await screen.findByRole('region', { name: /^Figures published as text/ }, LOADED);
    const channel = mediaDataset().channels[0]!;
    const figure = channel.figures[0]!;
    const link = within(region).getAllByRole('link', { name: /^Correct/ })[0]!;
    expect(link).toHaveAttribute(
      'href',
      `https://example.org/issues/new?title=${encodeURIComponent(`media.json#${channel.id}@${figure.asOf}`)}&body=${encodeURIComponent('/media?lang=en')}`,
    );
  });
});
