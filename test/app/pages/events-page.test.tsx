import { configure, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { communityDataset } from '../../fixtures/community';
import { testland } from '../../fixtures/datasets';
import { busyYear } from '../../fixtures/events';
import { currentLocation, renderRoute, serveData } from '../../render-route';

// The first render of a route loads its code and data: on a busy machine that can take over a second.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => vi.unstubAllGlobals());

function serveBusyYear() {
  return serveData({}, { ...testland(), 'events.json': busyYear() });
}

describe('/events', () => {
  it('opens a deep link with type, year and city applied', async () => {
    serveBusyYear();
    renderRoute('/events?type=meetup&year=2022&city=hilltown&lang=en');
    expect(await screen.findByText('1 events')).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Meetup' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: '2022' })).toBeChecked();
    expect(screen.getByRole('combobox', { name: /City/ })).toHaveValue('hilltown');
    expect(screen.getByRole('heading', { level: 4, name: /Hilltown spring meetup/ }).closest('li')).toHaveAttribute('id', 'hill-mar');
  });

  it('a city the data does not know shows every city', async () => {
    serveBusyYear();
    renderRoute('/events?city=atlantis&lang=en');
    expect(await screen.findByText('6 events')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: /City/ })).toHaveValue('');
  });

  it('a type checkbox filters the timeline and goes into the URL, keeping the language', async () => {
    serveBusyYear();
    const user = userEvent.setup();
    renderRoute('/events?lang=en');
    expect(await screen.findByText('6 events')).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Live stream' }));
    expect(await screen.findByText('1 events')).toBeInTheDocument();
    expect(currentLocation().search).toBe('?lang=en&type=live');
    const timeline = screen.getByRole('region', { name: /^Timeline/ });
    expect(
      within(timeline)
        .getAllByRole('heading', { level: 4 })
        .map((h) => h.textContent.replace('#', '').trim()),
    ).toEqual(['Live: first steps']);
  });

  it('the online choice keeps online and hybrid events; nothing matching offers to clear the filters', async () => {
    serveBusyYear();
    const user = userEvent.setup();
    renderRoute('/events?type=meetup&lang=en');
    expect(await screen.findByText('4 events')).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Online' }));
    expect(await screen.findByText('1 events')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 4, name: /New Harbour summit/ }).closest('li')).toHaveTextContent('Offline and online');
    await user.click(screen.getByRole('checkbox', { name: 'Meetup' }));
    await user.click(screen.getByRole('checkbox', { name: 'Office Hours' }));
    expect(await screen.findByText('No event matches these filters.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear the filters' }));
    expect(await screen.findByText('6 events')).toBeInTheDocument();
    expect(currentLocation().search).toBe('?lang=en');
  });

  it('every event offers "Suggest a correction", prefilled with its record and the page, where the community has an issue form', async () => {
    const template = 'https://example.org/issues/new?title={record}&body={page}';
    serveData({}, { ...testland(), 'events.json': busyYear(), 'community.json': communityDataset({ corrections: template }) });
    renderRoute('/events?type=meetup&lang=en');
    const item = await screen.findByRole('listitem', { name: /Hilltown spring meetup/ });
    const link = within(item).getByRole('link', { name: 'Suggest a correction' });
    expect(link).toHaveAttribute(
      'href',
      // The page at the event's own section, so the reviewer lands on it.
      'https://example.org/issues/new?title=events.json%23hill-mar&body=%2Fevents%3Ftype%3Dmeetup%26lang%3Den%23hill-mar',
    );
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    expect(screen.getAllByRole('link', { name: 'Suggest a correction' })).toHaveLength(4);
  });

  it('offers no correction link where the community has no issue form', async () => {
    serveBusyYear();
    renderRoute('/events?lang=en');
    await screen.findByText('6 events');
    expect(screen.queryByRole('link', { name: 'Suggest a correction' })).not.toBeInTheDocument();
  });

  it('a speaker links to their person page', async () => {
    serveData();
    renderRoute('/events?lang=en');
    expect(await screen.findByRole('link', { name: 'Ada Lin' })).toHaveAttribute('href', '/people/ada-lin');
  });

  it('the chart sets what the posts state beside what is listed one by one, and says a shorter list is not fewer events', async () => {
    serveBusyYear();
    renderRoute('/events?lang=en');
    const figure = await screen.findByRole('figure', { name: /Events per year, stated and listed/ });
    // 2022: 5 live streams and 3 meetups stated; 3 meetups, 1 live stream and 1 podcast listed.
    expect(figure).toHaveTextContent('for 2022, 8 stated and 5 listed. A shorter list does not mean fewer events.');
    expect(await within(figure).findByText('Stated in the posts')).toBeInTheDocument();
    expect(within(figure).getByText('Listed one by one')).toBeInTheDocument();
  });

  it('the table shows stated and listed totals where they differ, and the stated totals beside the list', async () => {
    serveBusyYear();
    renderRoute('/events?view=table&lang=en');
    const table = await screen.findByRole('table', { name: 'Events per year, stated and listed' });
    const row2022 = within(table).getByRole('rowheader', { name: '2022' }).closest('tr');
    expect(row2022).not.toBeNull();
    expect(within(row2022!).getByText('5 stated')).toBeInTheDocument();
    expect(within(row2022!).getByText('1 listed')).toBeInTheDocument();
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent)
        .slice(0, 3),
    ).toEqual(['Year', 'Stated', 'Listed']);
    const row2023 = within(table).getByRole('rowheader', { name: '2023' }).closest('tr');
    expect(
      row2023 &&
        within(row2023)
          .getAllByRole('cell')
          .map((c) => c.textContent)
          .slice(0, 2),
    ).toEqual(['not published', '1']);
    expect(
      row2022 &&
        within(row2022)
          .getAllByRole('cell')
          .map((c) => c.textContent)
          .slice(0, 2),
    ).toEqual(['8', '5']);
    const stated = screen.getByRole('table', { name: 'Stated and listed totals', hidden: true });
    expect(within(stated).getAllByRole('row')).toHaveLength(3);
    expect(within(stated).getByRole('cell', { name: /“five live streams”/ })).toBeInTheDocument();
  });
});

describe('/events, its order', () => {
  it('puts the timeline first, then events per year, then how the totals are counted, each linked from the top', async () => {
    serveBusyYear();
    renderRoute('/events?lang=en');
    await screen.findByText('6 events');
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent.replace('#', '').trim())).toEqual([
      'Timeline',
      'Events per year, stated and listed',
      'How these totals are counted',
    ]);
    const nav = screen.getByRole('navigation', { name: 'On this page' });
    expect(
      within(nav)
        .getAllByRole('link')
        .map((a) => a.getAttribute('href')),
    ).toEqual(['#timeline', '#events-by-year', '#stated-vs-listed']);
  });

  it('lists years, months and events newest first', async () => {
    serveBusyYear();
    renderRoute('/events?lang=en');
    await screen.findByText('6 events');
    const timeline = screen.getByRole('list', { name: '6 events, newest first' });
    expect(
      within(timeline)
        .getAllByRole('heading', { level: 3 })
        .map((h) => h.textContent),
    ).toEqual(['2023', '2022']);
    expect(
      within(timeline)
        .getAllByRole('listitem', { name: /./ })
        .filter((li) => li.id)
        .map((li) => li.id),
    ).toEqual(['seaside-2023', 'hybrid-jun', 'hill-mar', 'live-mar', 'seaside-jan', 'undated-2022']);
  });

  it('folds the stated-vs-listed table away, and a link to its section unfolds it', async () => {
    serveBusyYear();
    const first = renderRoute('/events?lang=en');
    await screen.findByText('6 events');
    expect(screen.getByRole('table', { name: 'Stated and listed totals' })).not.toBeVisible();
    first.unmount();
    serveBusyYear();
    renderRoute('/events?lang=en#stated-vs-listed');
    await screen.findByText('6 events');
    expect(screen.getByRole('table', { name: 'Stated and listed totals', hidden: true })).toBeVisible();
  });
});
