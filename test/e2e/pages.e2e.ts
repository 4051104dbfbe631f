import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, afterEach, before, describe, it } from 'node:test';
import type { Locator } from 'playwright-core';
import { baseUrl, busiestRoleYear, closeContexts, english, open, personWithMostRoles, readData, setup, teardown } from './harness';

before(setup);
afterEach(closeContexts);
after(teardown);

// Every expectation here is read from the data the app was built from, so these tests hold for any community.
type People = { people: { id: string; name: string; searchKeys: string[]; roles: { role: string; year: number }[] }[] };
const people = (readData('people.json') as People).people;
const community = readData('community.json') as { years: { from: number; to: number } };
const years = Array.from({ length: community.years.to - community.years.from + 1 }, (_, i) => community.years.from + i);

describe('people explorer', () => {
  const { role, year, count } = busiestRoleYear();
  const roleBox = new RegExp(`^${english(`role.${role}`)} · `);
  const yearBox = new RegExp(`^${String(year)} · `);

  it('a role and year in the URL show the people the data lists for them', async () => {
    const { page, errors } = await open(`/people?role=${role}&year=${String(year)}&lang=en`);
    await page
      .getByRole('status')
      .filter({ hasText: `${String(count)} of ${String(people.length)} people` })
      .waitFor();
    assert.deepEqual(errors, []);
  });

  it('typing a search key finds the person, and the search lands in the URL', async () => {
    const person = personWithMostRoles();
    const key = people.find((p) => p.id === person.id)!.searchKeys[0]!;
    const { page } = await open('/people?lang=en');
    await page.getByRole('searchbox').first().pressSequentially(key);
    await page.getByRole('list', { name: 'People' }).getByRole('link', { name: person.name, exact: true }).waitFor();
    // The URL follows the list once typing rests (see usePeopleSearch).
    await page.waitForURL((url) => url.searchParams.get('q') === key);
  });

  it('a typed search stays in the URL: reload and Back from a person keep it, and typing adds no history entry', async () => {
    const person = personWithMostRoles();
    const key = people.find((p) => p.id === person.id)!.searchKeys[0]!;
    const { page, errors } = await open('/people?lang=en');
    const box = page.getByRole('searchbox').first();
    const card = page.getByRole('list', { name: 'People' }).getByRole('link', { name: person.name, exact: true });
    await page
      .getByRole('status')
      .filter({ hasText: /of \d+ people/ })
      .waitFor();
    // A choice pushes a history entry; typing then replaces it.
    await page.getByRole('combobox', { name: 'Sort by' }).selectOption('name');
    await page.waitForURL((url) => url.searchParams.get('sort') === 'name');
    await box.pressSequentially(key);
    await card.waitFor();
    await page.waitForURL((url) => url.searchParams.get('q') === key);
    await page.reload();
    await card.waitFor();
    assert.equal(await box.inputValue(), key);
    await card.click();
    await page.waitForURL((url) => url.pathname.endsWith(`/people/${person.id}`));
    await page.goBack();
    await card.waitFor();
    assert.equal(await box.inputValue(), key);
    assert.equal(new URL(page.url()).searchParams.get('q'), key);
    await page.goBack();
    await page.waitForURL((url) => url.searchParams.get('q') === null && url.searchParams.get('sort') === null);
    assert.equal(await box.inputValue(), '');
    assert.deepEqual(errors, []);
  });

  it('a shared link opened in a fresh page shows the same view', async () => {
    const first = await open(`/people?lang=en`);
    await first.page
      .getByRole('status')
      .filter({ hasText: /of \d+ people/ })
      .waitFor();
    await first.page.getByRole('checkbox', { name: roleBox }).check();
    await first.page.getByRole('checkbox', { name: yearBox }).check();
    await first.page.getByRole('combobox', { name: 'Sort by' }).selectOption('name');
    await first.page
      .getByRole('status')
      .filter({ hasText: `${String(count)} of` })
      .waitFor();
    await first.page.getByRole('button', { name: 'Share' }).click();
    const url = await first.page.evaluate(() => navigator.clipboard.readText());
    const names = await first.page.getByRole('list', { name: 'People' }).getByRole('heading').allInnerTexts();
    await first.context.close();
    const search = new URL(url).searchParams;
    assert.equal(search.get('role'), role);
    assert.equal(search.get('year'), String(year));
    assert.equal(search.get('sort'), 'name');
    const second = await open(url.replace(baseUrl, ''));
    await second.page
      .getByRole('status')
      .filter({ hasText: `${String(count)} of` })
      .waitFor();
    assert.deepEqual(await second.page.getByRole('list', { name: 'People' }).getByRole('heading').allInnerTexts(), names);
    assert.equal(await second.page.getByRole('checkbox', { name: roleBox }).isChecked(), true);
  });

  it('the CSV holds the filtered people in the order shown, UTF-8 with BOM', async () => {
    const { page } = await open(`/people?role=${role}&year=${String(year)}&lang=en`);
    await page
      .getByRole('status')
      .filter({ hasText: `${String(count)} of` })
      .waitFor();
    const names = await page.getByRole('list', { name: 'People' }).getByRole('heading').allInnerTexts();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /^Download CSV \(\d+\)$/ }).click(),
    ]);
    const text = readFileSync(await download.path(), 'utf8');
    assert.ok(text.startsWith('\uFEFF'), 'starts with a BOM');
    const lines = text.slice(1).trim().split('\r\n');
    assert.equal(lines.length - 1, count, 'one row per person');
    for (const name of names) assert.ok(text.includes(name), `the CSV names ${name}`);
  });

  it('back and forward restore the filters', async () => {
    const { page } = await open('/people?lang=en');
    const box = page.getByRole('checkbox', { name: roleBox });
    await page
      .getByRole('status')
      .filter({ hasText: /of \d+ people/ })
      .waitFor();
    await box.check();
    await page
      .getByRole('status')
      .filter({ hasText: `of ${String(people.length)} people` })
      .waitFor();
    await page.goBack();
    assert.equal(new URL(page.url()).searchParams.get('role'), null);
    assert.equal(await box.isChecked(), false);
    await page.goForward();
    assert.equal(await box.isChecked(), true);
  });
});

describe('people page sections', () => {
  it('the page’s own links land on each section below the list, rendered in the browser or prerendered, on a phone and wide', async () => {
    const cases = [
      ['/people?lang=en', 1440],
      ['/people?lang=en', 360],
      ['/en/people/', 1440],
      ['/en/people/', 360],
    ] as const;
    const missed: string[] = [];
    for (const [path, width] of cases) {
      const { page, context, errors } = await open(path, { width });
      await page.getByRole('list', { name: 'People' }).getByRole('listitem').first().waitFor();
      for (const key of ['people.chart.title', 'people.stated.title']) {
        const title = english(key);
        await page
          .getByRole('navigation', { name: english('people.nav.label') })
          .getByRole('link', { name: title })
          .click();
        const heading = page.getByRole('heading', { level: 2, name: title });
        await heading.waitFor();
        // Whatever loads after the jump (the section's code, more cards) has loaded.
        await page.waitForLoadState('networkidle');
        await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
        const top = await heading.evaluate((h) => h.getBoundingClientRect().top);
        if (!(top >= 0 && top < 900 / 2)) missed.push(`${path} at ${String(width)} px: “${title}” at ${top.toFixed(0)} px`);
        await page.evaluate(() => window.scrollTo(0, 0));
      }
      assert.deepEqual(errors, []);
      await context.close();
    }
    assert.deepEqual(missed, []);
  });
});

describe('overview', () => {
  it('opens on a year, and every card link of every year leads to a view that lists something', async () => {
    const { page, errors } = await open('/?lang=en');
    await page.getByRole('navigation', { name: 'Year' }).waitFor();
    for (const y of years) {
      await page.goto(`${baseUrl}/?year=${String(y)}&lang=en`);
      await page.getByRole('heading', { name: new RegExp(`${String(y)} at a glance`) }).waitFor();
      const links = await page
        .locator('[data-testid^="card-"] a[href^="/"]')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
      for (const href of links) {
        const target = await open(`${href}${href.includes('?') ? '&' : '?'}lang=en`);
        await target.page.getByRole('heading', { level: 1 }).first().waitFor();
        await target.page.waitForLoadState('networkidle');
        const status = (await target.page.getByRole('status').allInnerTexts()).join(' ');
        assert.doesNotMatch(status, /^0 |\b0 of\b|^0 events/, `${String(y)}: ${href} lists nothing`);
        await target.context.close();
      }
    }
    assert.deepEqual(errors, []);
  });

  it('a year leads with the figures it has; what no source gives is named in one line, in words', async () => {
    for (const y of years) {
      const { page, context } = await open(`/?year=${String(y)}&lang=en`);
      await page.getByRole('heading', { name: new RegExp(`${String(y)} at a glance`) }).waitFor();
      const values = await page.locator('[data-testid^="card-"] > p:first-of-type').allInnerTexts();
      for (const value of values) assert.match(value, /^(≥ )?[\d,]+$/, `${String(y)}: a card without a figure`);
      const line = page.getByTestId('not-published');
      if ((await line.count()) > 0) assert.match(await line.innerText(), /^Not published for \d{4}: .+\.$/);
      await context.close();
    }
  });
});

/** Markers drawn in a chart: published triangles, plus the dots each snapshot path draws (one `M` per dot). */
async function markers(figure: Locator) {
  const published = await figure.locator('[data-marker="published"]').count();
  const paths = await figure
    .locator('[data-marker="snapshots"]')
    .evaluateAll((els) =>
      els.map((e) => ({ said: Number(e.getAttribute('data-markers')), drawn: (e.getAttribute('d') ?? '').split('M').length - 1 })),
    );
  for (const p of paths) assert.equal(p.drawn, p.said);
  return published + paths.reduce((n, p) => n + p.drawn, 0);
}

describe('overview stars', () => {
  it('loads the chart only when scrolled to, with one marker per published point in its table', async () => {
    const { page, errors } = await open('/?lang=en');
    await page.locator('[data-testid^="card-"]').first().waitFor();
    const chartRequests: string[] = [];
    page.on('request', (r) => {
      if (/stars-chart|CartesianChart/.test(r.url())) chartRequests.push(r.url());
    });
    assert.equal(chartRequests.length, 0);
    await page.locator('#stars').scrollIntoViewIfNeeded();
    const figure = page.getByRole('figure', { name: /GitHub stars, as published/ });
    await figure.locator('[data-marker="published"]').first().waitFor();
    assert.notEqual(chartRequests.length, 0, 'the chart code loaded on scroll');
    const published = await figure.locator('[data-marker="published"]').count();
    await figure.getByRole('button', { name: 'Table' }).click();
    // The view changes in a transition (the chart stays until the table is ready): on a busy machine, a moment later.
    await figure.locator('tbody tr').first().waitFor();
    assert.equal(await figure.locator('tbody tr').count(), published);
    assert.deepEqual(errors, []);
  });

  it('on the prerendered overview, loads the figure’s code when scrolled to and its table’s when reached for', async () => {
    const { page, errors } = await open('/en/');
    await page.waitForLoadState('networkidle');
    const loaded = (pattern: string) =>
      page.evaluate((p) => performance.getEntriesByType('resource').some((e) => new RegExp(p).test(e.name)), pattern);
    assert.equal(await loaded('/stars-summary-'), false, 'the stars figure’s code waits below the fold');
    assert.equal(await loaded('/stars-table-'), false, 'the stars table’s code waits for the reader');
    const figure = page.getByRole('figure', { name: /GitHub stars, as published/ });
    await figure.scrollIntoViewIfNeeded();
    await page.waitForFunction(() => performance.getEntriesByType('resource').some((e) => e.name.includes('/stars-summary-')));
    await figure.hover();
    await page.waitForLoadState('networkidle');
    await figure.getByRole('button', { name: 'Table' }).click();
    // The view changes in a transition (the chart stays until the table is ready): on a busy machine, a moment later.
    await figure.locator('tbody tr').first().waitFor();
    assert.equal(await figure.getByRole('button', { name: 'Table' }).getAttribute('aria-pressed'), 'true');
    assert.ok((await figure.locator('tbody tr').count()) > 0, 'the table shows with the click');
    assert.deepEqual(errors, []);
  });
});

describe('stars', () => {
  type Stars = { projects: { repo: string; name: string }[]; points: { repo: string }[] };
  type Snapshots = { series: { repo: string; points: [string, number][] }[] };
  const stars = readData('stars.json') as Stars;
  const snapshots = readData('star-snapshots.json') as Snapshots;

  it('draws exactly one marker per sourced point of the default project', async () => {
    const repo = stars.projects[0]!.repo;
    const snapshotDays = new Set(snapshots.series.filter((s) => s.repo === repo).flatMap((s) => s.points.map(([d]) => d)));
    const publishedPoints = stars.points.filter((p) => p.repo === repo).length;
    const { page, errors } = await open('/stars?lang=en');
    const figure = page.getByRole('figure', { name: /Stars over time/ });
    await figure.locator('[data-marker]').first().waitFor();
    assert.equal(await markers(figure), publishedPoints + snapshotDays.size);
    assert.equal(await figure.locator('[data-marker="published"]').count(), publishedPoints);
    await figure.getByRole('button', { name: 'Table' }).click();
    assert.equal(new URL(page.url()).searchParams.get('view'), 'table');
    assert.deepEqual(errors, []);
  });

  it('keeps the chosen projects, range and scale in the URL', async () => {
    const last = stars.projects.at(-1)!;
    const { page } = await open(
      `/stars?repo=${last.repo}&from=${String(community.years.from)}&to=${String(community.years.to)}&scale=log&lang=en`,
    );
    const figure = page.getByRole('figure', { name: /Stars over time/ });
    await figure.waitFor();
    assert.equal(await page.getByRole('checkbox', { name: last.name, exact: true }).isChecked(), true);
    if (stars.projects.length > 1)
      assert.equal(await page.getByRole('checkbox', { name: stars.projects[0]!.name, exact: true }).isChecked(), false);
    const search = new URL(page.url()).searchParams;
    assert.equal(search.get('scale'), 'log');
  });
});

describe('events and community', () => {
  type Talk = { speakers: { name: string; personId?: string }[] };
  type Event = { id: string; type: string; year: number; mode: string; date: string | null; city?: { en: string }; talks: Talk[] };
  const events = (readData('events.json') as { events: Event[] }).events;
  const meetupsIn = (year: number) => events.filter((e) => e.type === 'meetup' && e.year === year);
  const busiest = [...new Set(events.map((e) => e.year))].sort((a, b) => meetupsIn(b).length - meetupsIn(a).length || b - a)[0]!;

  it('the table of events per year fits a laptop: every type’s column is in view without scrolling sideways', async () => {
    const { page } = await open('/events?view=table&lang=en', { width: 1440 });
    const wrapper = page.getByRole('region', { name: /Events per year, stated and listed/ }).locator('[role="region"]');
    await wrapper.locator('table').waitFor();
    const { scroll, client } = await wrapper.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
    assert.ok(scroll <= client + 1, `the table is ${String(scroll)} px wide in a ${String(client)} px box`);
  });

  it('a year of meetups shows each with its date and city; online keeps the online and hybrid ones', async () => {
    const meetups = meetupsIn(busiest);
    const { page } = await open(`/events?type=meetup&year=${String(busiest)}&lang=en`);
    await page
      .getByRole('status')
      .filter({ hasText: `${String(meetups.length)} events` })
      .waitFor();
    // The timeline draws the rows near the screen: check the ones it drew against the data.
    const drawn = await page.locator('#timeline li[id]').evaluateAll((items) => items.map((li) => li.id));
    assert.ok(drawn.length > 0);
    for (const id of drawn) {
      const event = meetups.find((e) => e.id === id);
      assert.ok(event, `${id} is a ${String(busiest)} meetup`);
      const item = page.locator(`li[id="${id}"]`);
      if (event.date) assert.equal(await item.locator('time').first().getAttribute('datetime'), event.date);
      if (event.city) assert.match(await item.innerText(), new RegExp(event.city.en.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
    }
    const online = meetups.filter((e) => e.mode === 'online' || e.mode === 'hybrid').length;
    await page.getByRole('radio', { name: 'Online' }).check();
    await page
      .getByRole('status')
      .filter({ hasText: `${String(online)} events` })
      .waitFor();
    assert.equal(new URL(page.url()).searchParams.get('mode'), 'online');
  });

  it('/events#<event id> scrolls to that event, even one far down the timeline', async () => {
    const oldest = [...events].filter((e) => e.date).sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''))[0]!;
    const { page } = await open(`/events?lang=en#${oldest.id}`);
    await page.locator(`li[id="${oldest.id}"]`).waitFor();
    await page.waitForFunction((x) => {
      const top = document.getElementById(x)?.getBoundingClientRect().top ?? -1;
      return top >= -2 && top < window.innerHeight / 2;
    }, oldest.id);
  });

  it('a speaker links to their person page', async () => {
    const event = events.find((e) => e.talks.some((t) => t.speakers.some((s) => s.personId)));
    if (!event) return;
    const speaker = event.talks.flatMap((t) => t.speakers).find((s) => s.personId)!;
    const { page } = await open(`/events?year=${String(event.year)}&lang=en#${event.id}`);
    await page.locator(`li[id="${event.id}"]`).getByRole('link', { name: speaker.name, exact: true }).first().click();
    await page.waitForURL(new RegExp(`/people/${speaker.personId ?? ''}`));
    await page.getByRole('heading', { level: 1 }).waitFor();
  });

  it('a user-committee leader links to their person page', async () => {
    type Committee = { leaders: { name: { en: string }; personId?: string }[] };
    const leader = (readData('ecosystem.json') as { committees: Committee[] }).committees.flatMap((c) => c.leaders).find((l) => l.personId);
    if (!leader) return;
    const { page } = await open('/community?lang=en');
    await page.getByRole('link', { name: leader.name.en, exact: true }).first().click();
    await page.waitForURL(new RegExp(`/people/${leader.personId ?? ''}`));
    await page.getByRole('heading', { level: 1 }).waitFor();
  });

  it('no link on any page has a scheme other than http(s), and external ones open safely', async () => {
    const { page } = await open('');
    for (const route of ['/', '/stars', '/people', `/people/${personWithMostRoles().id}`, '/events', '/media', '/community', '/about']) {
      await page.goto(`${baseUrl}${route}?lang=en`);
      await page.waitForLoadState('networkidle');
      const links = await page.locator('a[href]').evaluateAll((as) =>
        as.map((a) => ({
          href: (a as HTMLAnchorElement).href,
          rel: a.getAttribute('rel') ?? '',
          external: (a as HTMLAnchorElement).origin !== location.origin,
        })),
      );
      for (const link of links) {
        assert.match(link.href, /^https?:\/\//, `${route}: ${link.href}`);
        if (link.external) assert.equal(link.rel, 'noopener noreferrer', `${route}: ${link.href}`);
      }
    }
  });
});
