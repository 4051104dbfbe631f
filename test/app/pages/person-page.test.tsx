import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { communityDataset } from '../../fixtures/community';
import { testland } from '../../fixtures/datasets';
import { event, eventsDataset } from '../../fixtures/events';
import { peopleCrowd, person, roleEntry } from '../../fixtures/people';
import { currentLocation, renderRoute, serveData } from '../../render-route';

afterEach(() => vi.unstubAllGlobals());

/**
 * React reports an error its boundary caught through console.error (which fails a test); this lets the
 * expected reports through, for the named component, and keeps failing on any other.
 * (With the shell branch's `renderRoute(url, { onCaughtError })` this becomes that option.)
 */
function ignoreCaughtReport(component: string) {
  const record = vi.mocked(console.error).getMockImplementation();
  vi.mocked(console.error).mockImplementation((...args: unknown[]) => {
    if (args.some((a) => typeof a === 'string' && a.startsWith(`The above error occurred in the <${component}> component`))) return;
    record?.(...args);
  });
}

function serveCrowd(overrides = {}) {
  const events = eventsDataset();
  const talk = { title: { zh: '站长的一年' }, speakers: [{ name: '谭美', personId: 'mei-tan' }] };
  events.events.push(
    // Listed twice (once per source): shown once.
    event({ id: 'hill-2024', title: { zh: '山城 Meetup 2024', en: 'Hilltown meetup 2024', enTranslated: true }, talks: [talk, talk] }),
    // A talk in a year without a role.
    event({
      id: 'hill-2022',
      year: 2022,
      date: '2022-06-01',
      title: { zh: '山城 Meetup 2022', en: 'Hilltown meetup 2022', enTranslated: true },
      talks: [{ title: { zh: '第一次分享' }, speakers: [{ name: 'Mei Tan', personId: 'mei-tan' }] }],
    }),
  );
  return serveData(overrides, { ...testland(), 'people.json': peopleCrowd(), 'events.json': events });
}

async function heading() {
  return screen.findByRole('heading', { level: 1 }, { timeout: 3000 });
}

describe('/people/:id', () => {
  it('shows the person’s years, most recent first: each role once, with citations, and their talks', async () => {
    serveCrowd();
    renderRoute('/people/mei-tan?lang=en');
    expect(await heading()).toHaveTextContent(/^Mei Tan/);
    expect(screen.getByText('谭美', { selector: 'p *' })).toBeInTheDocument();
    const timeline = screen.getByRole('region', { name: /Year by year/ });
    const years = within(timeline)
      .getAllByRole('heading', { level: 3 })
      .map((h) => h.textContent);
    expect(years).toEqual(['2024', '2023']);
    const y2024 = within(timeline).getByRole('listitem', { name: '2024' });
    // Speaker, member and station leader in 2024, each once, in the roles' order.
    expect(
      within(y2024)
        .getAllByRole('link', { name: /Speaker|Member|station leader/ })
        .map((a) => a.textContent),
    ).toEqual(['Talented Speaker', 'Member', 'User-committee station leader']);
    expect(within(y2024).getByRole('link', { name: 'User-committee station leader' })).toHaveAttribute(
      'href',
      '/people?role=station-leader&year=2024',
    );
    // Listed under her own names: nothing to add; under another: said once.
    expect(within(y2024).queryByText(/listed as 谭美/)).not.toBeInTheDocument();
    expect(within(y2024).getAllByText('listed as meitan')).toHaveLength(1);
    // The talk, once, with its event.
    expect(await within(y2024).findByRole('link', { name: 'Hilltown meetup 2024' })).toHaveAttribute('href', '/events?year=2024#hill-2024');
    expect(within(y2024).getAllByText('站长的一年')).toHaveLength(1);
    const y2023 = within(timeline).getByRole('listitem', { name: '2023' });
    expect(within(y2023).getByRole('link', { name: 'Open certificate' })).toHaveAttribute(
      'href',
      'https://example.org/cert/speaker-meitan',
    );
    expect(within(y2023).getByRole('link', { name: /The 2023 review/ })).toBeInTheDocument();
    // A talk in a year without a role still shows, under its year.
    expect(await screen.findByRole('link', { name: 'Hilltown meetup 2022' })).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('puts the evidence, in plain words, behind “About this record”', async () => {
    serveCrowd();
    const user = userEvent.setup();
    renderRoute('/people/mei-tan?lang=en');
    await heading();
    const summary = screen.getByText('About this record');
    const details = summary.closest('details');
    expect(details).not.toHaveAttribute('open');
    await user.click(summary);
    expect(details).toHaveAttribute('open');
    expect(within(details ?? document.body).getByText(/they link to the same certificate\./)).toBeInTheDocument();
    expect(within(details ?? document.body).getByText('Station leader since 2024.')).toBeInTheDocument();
    expect(details).not.toHaveTextContent('https://');
  });

  it('leads with the Chinese name for a Chinese reader, the other name under it', async () => {
    serveCrowd();
    renderRoute('/people/mei-tan?lang=zh');
    expect(await heading()).toHaveTextContent(/^谭美/);
    expect(screen.getByText('Mei Tan', { selector: 'p *' })).toBeInTheDocument();
    // The title is set in an effect, which may run after the heading shows on a busy machine.
    await waitFor(() => expect(document.title).toMatch(/^谭美/));
  });

  it('goes back to the list as it was left, or to the whole list', async () => {
    serveCrowd();
    const user = userEvent.setup();
    renderRoute('/people?role=station-leader&lang=en');
    await user.click(await screen.findByRole('link', { name: 'Mei Tan' }, { timeout: 3000 }));
    expect(currentLocation().pathname).toBe('/people/mei-tan');
    await user.click(await screen.findByRole('link', { name: '← All people' }, { timeout: 3000 }));
    expect(currentLocation().pathname).toBe('/people');
    expect(currentLocation().search).toBe('?role=station-leader&lang=en');
  });

  it('links a person opened directly to the whole list', async () => {
    serveCrowd();
    renderRoute('/people/mei-tan?lang=en');
    expect(await screen.findByRole('link', { name: '← All people' }, { timeout: 3000 })).toHaveAttribute('href', '/people');
  });

  it('still shows the person when the events file fails, with Retry where the talks would be', async () => {
    serveCrowd({ 'events.json': { status: 500 } });
    ignoreCaughtReport('PersonTalks');
    renderRoute('/people/mei-tan?lang=en');
    expect(await heading()).toHaveTextContent(/^Mei Tan/);
    const timeline = screen.getByRole('region', { name: /Year by year/ });
    expect((await within(timeline).findAllByRole('button', { name: 'Retry' })).length).toBeGreaterThan(0);
    expect(within(timeline).getAllByRole('link', { name: 'Talented Speaker' })).toHaveLength(2);
  });

  it('shows not-found for an unknown person', async () => {
    serveCrowd();
    renderRoute('/people/no-such-person?lang=en');
    expect(
      await screen.findByText('Nobody with the ID “no-such-person” is in the data.', undefined, { timeout: 3000 }),
    ).toBeInTheDocument();
  });

  it('offers "Suggest a correction" where the community has an issue form, prefilled with the record and the page', async () => {
    const template = 'https://example.org/issues/new?title={record}&body={page}';
    serveData({}, { ...testland(), 'people.json': peopleCrowd(), 'community.json': communityDataset({ corrections: template }) });
    renderRoute('/people/mei-tan?lang=en');
    const link = await screen.findByRole('link', { name: 'Suggest a correction' });
    expect(link).toHaveAttribute('href', 'https://example.org/issues/new?title=people.json%23mei-tan&body=%2Fpeople%2Fmei-tan%3Flang%3Den');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  });

  it('offers no correction link where the community has no issue form', async () => {
    serveCrowd();
    renderRoute('/people/mei-tan?lang=en');
    await screen.findByRole('heading', { level: 1 });
    expect(screen.queryByRole('link', { name: 'Suggest a correction' })).not.toBeInTheDocument();
  });

  it('shows a person listed by ID only at their request by that ID alone, and says why', async () => {
    const crowd = peopleCrowd();
    crowd.people.push(
      person({ id: 'trd42', name: 'TRd42', listing: 'id-only', roles: [roleEntry({ listedAs: 'TRd42' })], searchKeys: ['trd42'] }),
    );
    serveData({}, { ...testland(), 'people.json': crowd });
    renderRoute('/people/trd42?lang=zh');
    expect(await heading()).toHaveTextContent(/^TRd42/);
    expect(screen.getByText('应本人要求只以 ID 列出：不显示姓名、头像或证书。')).toBeInTheDocument();
    expect(screen.queryByText(/也列作/)).not.toBeInTheDocument();
  });

  it('shows a person’s requests in the issue tracker: when, for which login, the answer as published, the issue', async () => {
    const crowd = peopleCrowd({
      membershipRequests: [
        {
          kind: 'member',
          login: 'meitan',
          issue: 'https://example.org/community/issues/42',
          opened: '2023-03-01',
          openedBy: 'meitan',
          sponsors: ['ada'],
          outcome: 'Invited, welcome!',
          outcomeDate: '2023-03-09',
          personId: 'mei-tan',
          source: 'https://example.org/posts/2024-review',
        },
      ],
    });
    serveData({}, { ...testland(), 'people.json': crowd });
    renderRoute('/people/mei-tan?lang=en');
    const section = await screen.findByRole('region', { name: /Requests in the issue tracker/ }, { timeout: 3000 });
    expect(within(section).getByText(/Asked to become a member/)).toHaveTextContent(
      'Asked to become a member: Mar 1, 2023, for the GitHub login meitan',
    );
    expect(within(section).getByText('Invited, welcome!')).toHaveAttribute('lang', 'en');
    expect(within(section).getByText(/Mar 9, 2023/)).toBeInTheDocument();
    expect(within(section).getByRole('link', { name: /Issue #42/ })).toHaveAttribute('href', 'https://example.org/community/issues/42');
  });
});
