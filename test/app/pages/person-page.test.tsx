import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { testland } from '../../fixtures/datasets';
import { event, eventsDataset } from '../../fixtures/events';
import { peopleCrowd } from '../../fixtures/people';
import { renderRoute, serveData } from '../../render-route';

afterEach(() => vi.unstubAllGlobals());

/**
 * React reports an error its boundary caught through console.error (which fails a test); this lets the
 * one expected report through, for the named component, and keeps failing on any other.
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
  events.events.push(event({ id: 'hill-2024', title: { zh: '山城 Meetup 2024', en: 'Hilltown meetup 2024', enTranslated: true }, talks: [{ title: { zh: '站长的一年' }, speakers: [{ name: '谭美', personId: 'mei-tan' }] }] }));
  return serveData(overrides, { ...testland(), 'people.json': peopleCrowd(), 'events.json': events });
}

describe('/people/:id', () => {
  it('shows a person with roles by year, certificates, talks and evidence', async () => {
    serveCrowd();
    renderRoute('/people/mei-tan?lang=en');
    expect(await screen.findByRole('heading', { level: 1, name: /Mei Tan/ })).toBeInTheDocument();
    expect(screen.getByText('谭美', { selector: 'p' })).toBeInTheDocument();
    const roles = screen.getByRole('table', { name: 'Roles by year' });
    expect(within(roles).getByRole('row', { name: /^2023 Talented Speaker Mei Tan Open certificate/ })).toBeInTheDocument();
    expect(within(roles).getByRole('link', { name: 'User-committee station leader' })).toHaveAttribute('href', '/people?role=station-leader&year=2024');
    expect(await screen.findByRole('link', { name: 'Hilltown meetup 2024' })).toHaveAttribute('href', '/events?year=2024#hill-2024');
    expect(screen.getByRole('heading', { name: /Why these records are one person/ })).toBeInTheDocument();
    expect(screen.getByText('Station leader since 2024.')).toBeInTheDocument();
  });

  it('still shows the person when the events file fails, with Retry in place of the talks', async () => {
    serveCrowd({ 'events.json': { status: 500 } });
    ignoreCaughtReport('PersonTalks');
    renderRoute('/people/mei-tan?lang=en');
    expect(await screen.findByRole('heading', { level: 1, name: /Mei Tan/ })).toBeInTheDocument();
    const talks = screen.getByRole('region', { name: /Talks/ });
    expect(await within(talks).findByRole('button', { name: 'Retry' })).toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'Roles by year' })).toBeInTheDocument();
  });

  it('says when a person has no talks in the data', async () => {
    serveCrowd();
    renderRoute('/people/cleo-park?lang=en');
    expect(await screen.findByText('No talk of theirs is in the data.')).toBeInTheDocument();
  });

  it('shows not-found for an unknown person', async () => {
    serveCrowd();
    renderRoute('/people/no-such-person?lang=en');
    expect(await screen.findByText('Nobody with the ID “no-such-person” is in the data.')).toBeInTheDocument();
  });
});
