import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { axeViolations, baseUrl, open, setup, teardown } from './harness';

before(setup);
after(teardown);

const ROUTES = ['/', '/stars', '/people', '/people/zhenfei-pei', '/events', '/media', '/community'];

describe('accessibility in dark mode', () => {
  for (const route of ROUTES) {
    for (const lang of ['en', 'zh'] as const) {
      it(`${route} (${lang}, dark) has no axe violation`, async () => {
        const { page, context, errors } = await open(`${route}?lang=${lang}`, { lang, colorScheme: 'dark' });
        await page.getByRole('heading', { level: 1 }).first().waitFor();
        await page.waitForLoadState('networkidle');
        assert.equal(await page.evaluate(() => document.documentElement.classList.contains('dark')), true);
        assert.deepEqual(await axeViolations(page), []);
        assert.deepEqual(errors, []);
        await context.close();
      });
    }
  }
});

async function tabTo(page: Page, name: RegExp, max = 250) {
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press('Tab');
    const label = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el) return '';
      const aria = el.getAttribute('aria-label');
      if (aria) return aria;
      const label = el instanceof HTMLInputElement ? el.labels?.[0] : undefined;
      if (label) return label.textContent;
      return el.textContent;
    });
    if (name.test(label.trim())) return;
  }
  throw new Error(`could not reach ${name} by Tab`);
}

describe('keyboard only', () => {
  it('filters people by role and year, opens a person and copies a section link', async () => {
    const { page, context, errors } = await open('/people?lang=en');
    await page.getByRole('status').filter({ hasText: /of \d+ people/ }).waitFor();
    await tabTo(page, /^Talented Speaker · \d+$/);
    await page.keyboard.press('Space');
    await tabTo(page, /^2022 · \d+$/);
    await page.keyboard.press('Space');
    await page.getByRole('status').filter({ hasText: /^57 of/ }).waitFor();
    assert.equal(new URL(page.url()).search, '?lang=en&role=speaker&year=2022');
    await tabTo(page, /^Jinghe Ma$/);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: /Jinghe Ma/ }).waitFor();
    await tabTo(page, /^Copy link to “Talks”$/);
    await page.keyboard.press('Enter');
    await page.getByText('Link copied').waitFor();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), `${baseUrl}/people/jinghe-ma#talks`);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('a skip link leads to the content', async () => {
    const { page, context } = await open('/events?lang=en');
    await page.getByRole('heading', { level: 1, name: 'Events' }).waitFor();
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Skip to content');
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'main');
    await context.close();
  });
});

describe('fetch faults', () => {
  const faults: [string, (page: Page) => Promise<unknown>, RegExp][] = [
    ['404', (page) => page.route('**/data/people.json', (r) => r.fulfill({ status: 404, body: 'nope' })), /data\/people\.json: the server answered 404/],
    ['500', (page) => page.route('**/data/people.json', (r) => r.fulfill({ status: 500, body: 'boom' })), /data\/people\.json: the server answered 500/],
    ['aborted', (page) => page.route('**/data/people.json', (r) => r.abort('connectionreset')), /data\/people\.json: could not be loaded/],
    ['truncated', (page) => page.route('**/data/people.json', (r) => r.fulfill({ status: 200, contentType: 'application/json', body: '{"people": [{"id": "a' })), /data\/people\.json: not valid JSON/],
  ];
  for (const [name, inject, message] of faults) {
    it(`${name}: a message, a working Retry, other routes unaffected`, async () => {
      const { page, context } = await open('');
      await inject(page);
      await page.goto(`${baseUrl}/people?lang=en`);
      const alert = page.getByRole('alert');
      await alert.filter({ hasText: message }).waitFor();
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Media' }).click();
      await page.getByRole('heading', { name: /Figures published as text/ }).waitFor();
      await page.goBack();
      await alert.waitFor();
      await page.unroute('**/data/people.json');
      await page.getByRole('button', { name: 'Retry' }).click();
      await page.getByRole('status').filter({ hasText: /of \d+ people/ }).waitFor();
      assert.equal(await page.getByRole('alert').count(), 0);
      await context.close();
    });
  }

  it('slow: a loading state, then the content', async () => {
    const { page, context, errors } = await open('');
    await page.route('**/data/events.json', async (r) => {
      await new Promise((done) => setTimeout(done, 2500));
      await r.continue();
    });
    await page.goto(`${baseUrl}/events?lang=en`);
    await page.getByRole('status').filter({ hasText: 'Loading data/events.json' }).waitFor();
    await page.getByRole('status').filter({ hasText: /^\d+ events$/ }).waitFor({ timeout: 15_000 });
    assert.deepEqual(errors, []);
    await context.close();
  });
});

describe('invalid URL parameters', () => {
  const urls = [
    '/?year=1800&view=pie',
    '/?year=<script>',
    '/people?role=%00%ff&year=99999,abc&sort=__proto__&q=' + 'x'.repeat(500),
    '/people?q=%E0%A4%A',
    '/stars?repo=../../etc&from=2031&to=abc&view=table',
    '/events?type=party&year=-1&city=atlantis&mode=both',
    '/community?q=%3Cimg%20src%3Dx%3E',
    '/people/%3Cscript%3E',
  ];
  for (const url of urls) {
    it(`${url.slice(0, 60)} never crashes`, async () => {
      const { page, context, errors } = await open(`${url}${url.includes('?') ? '&' : '?'}lang=en`);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      await page.waitForLoadState('networkidle');
      assert.equal(await page.getByText('Something went wrong').count(), 0);
      assert.deepEqual(errors, []);
      await context.close();
    });
  }
});

describe('hostile data', () => {
  it('renders markup, huge and right-to-left names inert: no dialog, no navigation, no layout break', async () => {
    const { page, context, errors } = await open('', { width: 390 });
    await page.route('**/data/people.json', async (route) => {
      const response = await route.fetch();
      const data = (await response.json()) as { people: Record<string, unknown>[] };
      const hostile = ['<img src=x onerror="alert(1)">', 'W'.repeat(10_000), '\u202Eevil.exe\u202C مرحبا بالعالم', '"><script>alert(2)</script>'];
      hostile.forEach((name, i) => {
        const person = data.people[i]!;
        person.name = name;
        person.aliases = ['javascript:alert(3)'];
        person.searchKeys = ['hostile'];
      });
      await route.fulfill({ response, body: JSON.stringify(data) });
    });
    await page.goto(`${baseUrl}/people?q=hostile&lang=en`);
    await page.getByRole('status').filter({ hasText: /^4 of/ }).waitFor();
    const urlBefore = page.url();
    assert.equal(await page.locator('img[src="x"]').count(), 0);
    assert.equal(await page.locator('script:not([src])').count(), 0);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `the page is ${overflow}px wider than the viewport`);
    // The grid sits below the chart on a phone: scroll to it, as a reader would, to render its cards.
    await page.getByRole('list', { name: 'People' }).scrollIntoViewIfNeeded();
    await page.getByRole('link', { name: /^W+$/ }).click();
    await page.getByRole('heading', { level: 1 }).waitFor();
    const overflow2 = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow2 <= 0, `the person page is ${overflow2}px wider than the viewport`);
    await page.goto(urlBefore);
    await page.getByRole('status').filter({ hasText: /^4 of/ }).waitFor();
    assert.equal(new URL(page.url()).origin, baseUrl);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('a javascript: link in data is rejected by validation and shown as an error', async () => {
    const { page, context, errors } = await open('');
    await page.route('**/data/events.json', async (route) => {
      const response = await route.fetch();
      const data = (await response.json()) as { events: Record<string, unknown>[] };
      data.events[0]!.link = 'javascript:alert(1)';
      await route.fulfill({ response, body: JSON.stringify(data) });
    });
    await page.goto(`${baseUrl}/events?lang=en`);
    await page.getByRole('alert').filter({ hasText: /events\[0\].*link.*must be an http\(s\) URL/ }).waitFor();
    assert.equal(await page.locator('a[href^="javascript:"]').count(), 0);
    assert.deepEqual(errors, []);
    await context.close();
  });
});
