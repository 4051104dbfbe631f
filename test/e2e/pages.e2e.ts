import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { after, afterEach, before, describe, it } from 'node:test';
import type { Locator } from 'playwright-core';
import { baseUrl, open, ROOT, setup, teardown, closeContexts } from './harness';

before(setup);
afterEach(closeContexts);
after(teardown);

const data = (file: string): unknown => JSON.parse(readFileSync(resolve(ROOT, 'data', file), 'utf8'));
type People = { people: { id: string; name: string; roles: { role: string; year: number }[] }[]; counts: { role: string; year: number; stated: number | null }[] };
type Events = { events: { id: string; type: string; year: number; mode: string; date: string | null; city?: { en: string } }[]; stated: { year: number; type: string; count: number }[] };

describe('people explorer', () => {
  const people = (data('people.json') as People);
  const listed = (role: string, year: number) => people.people.filter((p) => p.roles.some((r) => r.role === role && r.year === year)).length;

  it('role=speaker&year=2022 shows the listed count from the data', async () => {
    const { page, context, errors } = await open('/people?role=speaker&year=2022&lang=en');
    await page.getByRole('status').filter({ hasText: `${listed('speaker', 2022)} of ${people.people.length} people` }).waitFor();
    assert.equal(listed('speaker', 2022), 57);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('typing peizhenfei finds Zhenfei Pei, and the search lands in the URL', async () => {
    const { page, context } = await open('/people?lang=en');
    await page.getByRole('searchbox', { name: /Search by name/ }).pressSequentially('peizhenfei');
    await page.getByRole('link', { name: 'Zhenfei Pei' }).waitFor();
    assert.equal(new URL(page.url()).searchParams.get('q'), 'peizhenfei');
    await page.getByRole('status').filter({ hasText: /^1 of/ }).waitFor();
    await context.close();
  });

  it('a copied link opened in a fresh page shows the same view', async () => {
    const first = await open('/people?lang=en');
    await first.page.getByRole('checkbox', { name: /^Ambassador · / }).check();
    await first.page.getByRole('checkbox', { name: /^2023 · / }).check();
    await first.page.getByRole('combobox', { name: 'Sort by' }).selectOption('first-year');
    await first.page.getByRole('button', { name: 'Copy link to “People”' }).click();
    const url = await first.page.evaluate(() => navigator.clipboard.readText());
    const names = await first.page.getByRole('list', { name: 'People' }).getByRole('heading').allInnerTexts();
    await first.context.close();
    assert.match(url, /role=ambassador&year=2023&sort=first-year#people-list$/);
    const second = await open(url.replace(baseUrl, ''));
    await second.page.getByRole('status').filter({ hasText: /^14 of/ }).waitFor();
    assert.deepEqual(await second.page.getByRole('list', { name: 'People' }).getByRole('heading').allInnerTexts(), names);
    assert.equal(await second.page.getByRole('checkbox', { name: /^Ambassador · / }).isChecked(), true);
    await second.context.close();
  });

  it('the CSV holds the same rows as the grid, UTF-8 with BOM', async () => {
    const { page, context } = await open('/people?role=ambassador&year=2022&lang=en');
    await page.getByRole('status').filter({ hasText: /^6 of/ }).waitFor();
    await page.getByRole('list', { name: 'People' }).scrollIntoViewIfNeeded();
    const names = await page.getByRole('list', { name: 'People' }).getByRole('heading').allInnerTexts();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /Download these \d+ as CSV/ }).click()]);
    const text = readFileSync(await download.path(), 'utf8');
    assert.ok(text.startsWith('\uFEFF'), 'starts with a BOM');
    const rows = text.slice(1).trim().split('\r\n').slice(1).map((line) => JSON.parse(`[${line}]`) as string[]);
    assert.deepEqual(rows.map((r) => r[1]), names);
    assert.ok(text.includes('裴振飞'));
    await context.close();
  });

  it('back and forward restore the filters', async () => {
    const { page, context } = await open('/people?lang=en');
    await page.getByRole('checkbox', { name: /^Member · / }).check();
    await page.getByRole('status').filter({ hasText: /^\d+ of/ }).waitFor();
    await page.goBack();
    assert.equal(new URL(page.url()).searchParams.get('role'), null);
    assert.equal(await page.getByRole('checkbox', { name: /^Member · / }).isChecked(), false);
    await page.goForward();
    assert.equal(await page.getByRole('checkbox', { name: /^Member · / }).isChecked(), true);
    await context.close();
  });
});

describe('overview', () => {
  it('the 2022 cards equal the data, and switching year updates the URL and the cards', async () => {
    const people = (data('people.json') as People);
    const events = (data('events.json') as Events);
    const stated = (role: string, year: number) => people.counts.find((c) => c.role === role && c.year === year)?.stated;
    const { page, context, errors } = await open('/?year=2022&lang=en');
    const card = (id: string) => page.getByTestId(`card-${id}`).locator('p').first();
    await card('contributors').waitFor();
    assert.equal(await card('contributors').innerText(), String(stated('contributor', 2022)));
    assert.equal(await card('speakers').innerText(), String(stated('speaker', 2022)));
    assert.equal(await card('ambassadors').innerText(), String(stated('ambassador', 2022)));
    assert.equal(await card('members').innerText(), String(stated('member', 2022)));
    const meetups = (mode: string) => String(events.events.filter((e) => e.type === 'meetup' && e.year === 2022 && e.mode === mode).length);
    assert.equal(await card('meetups-offline').innerText(), meetups('offline'));
    assert.equal(await card('meetups-online').innerText(), meetups('online'));
    assert.equal(await card('live').innerText(), String(events.stated.find((s) => s.year === 2022 && s.type === 'live')?.count));
    assert.equal(await card('stars').innerText(), '10,000');
    await page.getByRole('navigation', { name: 'Year' }).getByRole('link', { name: '2023' }).click();
    assert.equal(new URL(page.url()).searchParams.get('year'), '2023');
    await page.getByRole('heading', { name: /2023 at a glance/ }).waitFor();
    assert.equal(await card('ambassadors').innerText(), String(stated('ambassador', 2023)));
    assert.equal(await card('stars').innerText(), '—');
    await page.getByTestId('card-speakers').getByRole('link', { name: 'See Talented speakers' }).click();
    assert.equal(new URL(page.url()).search, '?role=speaker&year=2023');
    assert.deepEqual(errors, []);
    await context.close();
  });
});

/** Markers drawn in a chart: published triangles, plus the dots each snapshot path draws (one `M` per dot). */
async function markers(figure: Locator) {
  const published = await figure.locator('[data-marker="published"]').count();
  const paths = await figure.locator('[data-marker="snapshots"]').evaluateAll((els) => els.map((e) => ({ said: Number(e.getAttribute('data-markers')), drawn: (e.getAttribute('d') ?? '').split('M').length - 1 })));
  for (const p of paths) assert.equal(p.drawn, p.said);
  return published + paths.reduce((n, p) => n + p.drawn, 0);
}

describe('overview stars', () => {
  it('loads the chart only when scrolled to, with one marker per published point in its table', async () => {
    const { page, context, errors } = await open('/?lang=en');
    await page.getByTestId('card-contributors').waitFor();
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
    assert.equal(await figure.locator('tbody tr').count(), published);
    assert.deepEqual(errors, []);
    await context.close();
  });
});

describe('stars', () => {
  type Stars = { points: { repo: string }[] };
  type Snapshots = { series: { repo: string; points: [string, number][] }[] };
  it('has exactly one marker per sourced point, and the table lists the same values', async () => {
    const stars = (data('stars.json') as Stars);
    const snapshots = (data('star-snapshots.json') as Snapshots);
    const repo = 'kubesphere/kubesphere';
    const snapshotDays = new Set(snapshots.series.filter((s) => s.repo === repo).flatMap((s) => s.points.map(([d]) => d)));
    const expected = stars.points.filter((p) => p.repo === repo).length + snapshotDays.size;
    const { page, context, errors } = await open('/stars?lang=en');
    const figure = page.getByRole('figure', { name: /Stars over time/ });
    await figure.locator('[data-marker]').first().waitFor();
    assert.equal(await markers(figure), expected);
    assert.equal(await figure.locator('[data-marker="published"]').count(), stars.points.filter((p) => p.repo === repo).length);
    await figure.getByRole('button', { name: 'Table' }).click();
    assert.equal(new URL(page.url()).searchParams.get('view'), 'table');
    assert.equal(await figure.locator('tbody tr').count(), expected);
    assert.ok(await figure.getByRole('cell', { name: '≥ 10,000' }).first().isVisible());
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('picks projects and a time range in the URL', async () => {
    const { page, context } = await open('/stars?repo=openelb/openelb&from=2022&to=2022&lang=en');
    const figure = page.getByRole('figure', { name: /Stars over time/ });
    await figure.locator('[data-marker]').first().waitFor();
    assert.equal(await page.getByRole('checkbox', { name: 'OpenELB', exact: true }).isChecked(), true);
    assert.equal(await page.getByRole('checkbox', { name: 'KubeSphere', exact: true }).isChecked(), false);
    const count = await markers(figure);
    const snapshots = (data('star-snapshots.json') as Snapshots);
    assert.equal(count, snapshots.series.filter((s) => s.repo === 'openelb/openelb').flatMap((s) => s.points).filter(([d]) => d.startsWith('2022')).length);
    await context.close();
  });
});

describe('events and community', () => {
  const events = (data('events.json') as Events);
  it('2022 shows its six meetups with dates and cities; online leaves the two online ones', async () => {
    const { page, context } = await open('/events?type=meetup&year=2022&lang=en');
    const timeline = page.locator('#timeline');
    await page.getByRole('status').filter({ hasText: '6 events' }).waitFor();
    for (const e of events.events.filter((x) => x.type === 'meetup' && x.year === 2022)) {
      const item = page.locator(`li[id="${e.id}"]`);
      assert.ok(await item.isVisible());
      assert.ok(e.date);
      assert.ok((await item.locator('time').getAttribute('datetime')) === e.date);
      if (e.city) assert.match(await item.innerText(), new RegExp(e.city.en));
    }
    await page.getByRole('radio', { name: 'Online' }).check();
    await page.getByRole('status').filter({ hasText: '2 events' }).waitFor();
    assert.equal(await timeline.locator('li[id^="meetup-"]').count(), 2);
    assert.equal(new URL(page.url()).searchParams.get('mode'), 'online');
    await context.close();
  });

  it('/events#<event id> scrolls to that event', async () => {
    const id = 'meetup-2022-08-06-guangzhou';
    const { page, context } = await open(`/events?lang=en#${id}`);
    await page.locator(`li[id="${id}"]`).waitFor();
    await page.waitForFunction((x) => {
      const top = document.getElementById(x)?.getBoundingClientRect().top ?? -1;
      return top >= -2 && top < window.innerHeight / 2;
    }, id);
    await context.close();
  });

  it('a speaker and a leader link to their person pages', async () => {
    const { page, context } = await open('/community?lang=en#governance');
    await page.locator('#governance').getByRole('link', { name: 'Zhenfei Pei' }).first().click();
    await page.getByRole('heading', { level: 1, name: /Zhenfei Pei/ }).waitFor();
    assert.equal(new URL(page.url()).pathname, '/people/zhenfei-pei');
    await page.goto(`${baseUrl}/events?type=meetup&year=2022&lang=en`);
    await page.locator('li[id="meetup-2022-08-06-guangzhou"]').getByRole('link', { name: '裴振飞' }).click();
    assert.equal(new URL(page.url()).pathname, '/people/zhenfei-pei');
    await context.close();
  });

  it('no link on any page has a scheme other than http(s), and external ones open safely', async () => {
    const { page, context } = await open('');
    for (const route of ['/', '/stars', '/people', '/people/zhenfei-pei', '/events', '/media', '/community']) {
      await page.goto(`${baseUrl}${route}?lang=en`);
      await page.waitForLoadState('networkidle');
      const links = await page.locator('a[href]').evaluateAll((as) => as.map((a) => ({ href: (a as HTMLAnchorElement).href, rel: a.getAttribute('rel') ?? '', external: (a as HTMLAnchorElement).origin !== location.origin })));
      for (const link of links) {
        assert.match(link.href, /^https?:\/\//, `${route}: ${link.href}`);
        if (link.external) assert.equal(link.rel, 'noopener noreferrer', `${route}: ${link.href}`);
      }
    }
    await context.close();
  });
});
