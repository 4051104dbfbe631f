import assert from 'node:assert/strict';
import { after, afterEach, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { layoutProblems } from './layout';
import { axeViolations, baseUrl, busiestRoleYear, english, open, personWithMostRoles, setup, teardown, closeContexts } from './harness';

before(setup);
afterEach(closeContexts);
after(teardown);

const ROUTES = ['/', '/stars', '/people', `/people/${personWithMostRoles().id}`, '/events', '/media', '/community', '/about'];

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
    const { role, year, count } = busiestRoleYear();
    const { page, context, errors } = await open('/people?lang=en');
    try {
      await page
        .getByRole('status')
        .filter({ hasText: /of \d+ people/ })
        .waitFor();
      await tabTo(page, new RegExp(`^${english(`role.${role}`)} · \\d+$`));
      await page.keyboard.press('Space');
      await tabTo(page, new RegExp(`^${String(year)} · \\d+$`));
      await page.keyboard.press('Space');
      await page
        .getByRole('status')
        .filter({ hasText: new RegExp(`^${String(count)} of`) })
        .waitFor();
      const search = new URL(page.url()).searchParams;
      assert.equal(search.get('role'), role);
      assert.equal(search.get('year'), String(year));
      const first = page.getByRole('list', { name: 'People' }).getByRole('link').first();
      const name = (await first.innerText()).trim();
      await tabTo(page, new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/people\/[^/?#]+/);
      await page.getByRole('heading', { level: 1 }).waitFor();
      const sectionId = (await page.locator('main section[id]').first().getAttribute('id')) ?? '';
      const sectionTitle = (await page.locator(`[id="${sectionId}-title"]`).innerText()).trim();
      await tabTo(page, new RegExp(`^Copy link to “${sectionTitle}”$`));
      await page.keyboard.press('Enter');
      await page.getByText('Link copied').first().waitFor();
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      assert.match(copied, new RegExp(`^${baseUrl}/people/[^/?#]+(\\?[^#]*)?#${sectionId}$`));
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
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
    [
      '404',
      (page) => page.route('**/data/people.json', (r) => r.fulfill({ status: 404, body: 'nope' })),
      /data\/people\.json: the server answered 404/,
    ],
    [
      '500',
      (page) => page.route('**/data/people.json', (r) => r.fulfill({ status: 500, body: 'boom' })),
      /data\/people\.json: the server answered 500/,
    ],
    ['aborted', (page) => page.route('**/data/people.json', (r) => r.abort('connectionreset')), /data\/people\.json: could not be loaded/],
    [
      'truncated',
      (page) =>
        page.route('**/data/people.json', (r) =>
          r.fulfill({ status: 200, contentType: 'application/json', body: '{"people": [{"id": "a' }),
        ),
      /data\/people\.json: not valid JSON/,
    ],
  ];
  for (const [name, inject, message] of faults) {
    it(`${name}: a message, a working Retry, other routes unaffected`, async () => {
      const { page, context } = await open('');
      await inject(page);
      await page.goto(`${baseUrl}/people?lang=en`);
      const alert = page.getByRole('alert');
      await alert.filter({ hasText: message }).waitFor();
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Media' }).click();
      await page.getByRole('heading', { level: 1, name: 'Media and followers' }).waitFor();
      await page.locator('main section[id]').first().waitFor();
      await page.goBack();
      await alert.waitFor();
      await page.unroute('**/data/people.json');
      await page.getByRole('button', { name: 'Retry' }).click();
      await page
        .getByRole('status')
        .filter({ hasText: /of \d+ people/ })
        .waitFor();
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
    // A skeleton in the page's shape says "Loading" to screen readers and names no file.
    await page.getByRole('status').filter({ hasText: 'Loading…' }).waitFor();
    assert.equal(await page.getByText(/data\/events\.json/).count(), 0);
    await page
      .getByRole('status')
      .filter({ hasText: /^\d+ events$/ })
      .waitFor({ timeout: 15_000 });
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
  it('renders markup and right-to-left names inert: no dialog, no navigation, no layout break', async () => {
    const { page, context, errors } = await open('', { width: 390 });
    try {
      await page.route('**/data/people.json', async (route) => {
        const response = await route.fetch();
        const data = (await response.json()) as { people: Record<string, unknown>[] };
        // Names that pass validation (at most 60 visible characters, no bidi controls) but are hostile.
        const hostile = ['<img src=x onerror="alert(1)">', 'W'.repeat(60), 'مرحبا بالعالم evil.exe', '"><script>alert(2)</script>'];
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
      await page.getByRole('list', { name: 'People' }).scrollIntoViewIfNeeded();
      assert.deepEqual(await layoutProblems(page), []);
      await page.getByRole('link', { name: /^W+$/ }).click();
      await page.getByRole('heading', { level: 1 }).waitFor();
      assert.deepEqual(await layoutProblems(page), []);
      await page.goto(urlBefore);
      await page.getByRole('status').filter({ hasText: /^4 of/ }).waitFor();
      assert.equal(new URL(page.url()).origin, baseUrl);
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });

  it('a name that is too long, blank-looking or carries a bidi override is rejected by validation and shown as an error', async () => {
    const { page, context } = await open('');
    try {
      await page.route('**/data/people.json', async (route) => {
        const response = await route.fetch();
        const data = (await response.json()) as { people: Record<string, unknown>[] };
        data.people[0]!.name = 'W'.repeat(10_000);
        data.people[1]!.name = '\u200B \u200B';
        data.people[2]!.name = '\u202Eevil.exe';
        await route.fulfill({ response, body: JSON.stringify(data) });
      });
      await page.goto(`${baseUrl}/people?lang=en`);
      const alert = page.getByRole('alert');
      await alert.waitFor();
      const text = await alert.innerText();
      for (const index of [0, 1, 2]) assert.match(text, new RegExp(`people\\[${String(index)}\\].*name`));
    } finally {
      await context.close();
    }
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
    await page
      .getByRole('alert')
      .filter({ hasText: /events\[0\].*link.*must be an http\(s\) URL/ })
      .waitFor();
    assert.equal(await page.locator('a[href^="javascript:"]').count(), 0);
    assert.deepEqual(errors, []);
    await context.close();
  });
});
