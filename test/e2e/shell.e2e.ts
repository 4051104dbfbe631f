import assert from 'node:assert/strict';
import { after, afterEach, before, describe, it } from 'node:test';
import { axeViolations, baseUrl, open, personWithMostRoles, setup, teardown, closeContexts } from './harness';

before(setup);
afterEach(closeContexts);
after(teardown);

const ROUTES = [
  '/',
  '/stars',
  '/people',
  `/people/${personWithMostRoles().id}`,
  '/events',
  '/media',
  '/community',
  '/about',
  '/no-such-page',
];

describe('every route', () => {
  for (const route of ROUTES) {
    for (const lang of ['en', 'zh'] as const) {
      it(`${route} (${lang}) renders with no console error and no axe violation`, async () => {
        const { page, errors, context } = await open(`${route}${route.includes('?') ? '&' : '?'}lang=${lang}`, { lang });
        await page.getByRole('heading', { level: 1 }).first().waitFor();
        await page.waitForLoadState('networkidle');
        assert.deepEqual(await axeViolations(page), []);
        assert.deepEqual(errors, []);
        await context.close();
      });
    }
  }
});

describe('sections and language', () => {
  it('a #section link scrolls to its section once the data has loaded', async () => {
    // The page's last section: the one furthest down, whichever sections the page has.
    const first = await open('/community?lang=en', { width: 390 });
    await first.page.locator('main section[id]').first().waitFor();
    const id = await first.page.locator('main section[id]').last().getAttribute('id');
    await first.context.close();
    assert.ok(id);
    const { page, errors, context } = await open(`/community?lang=en#${id}`, { width: 390 });
    try {
      await page.waitForFunction((target) => {
        const el = document.getElementById(target);
        if (!el) return false;
        const top = el.getBoundingClientRect().top;
        return top >= -2 && top < window.innerHeight / 2;
      }, id);
      assert.ok((await page.evaluate(() => window.scrollY)) > 200, 'the page scrolled');
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });

  it('the copy-link control copies the absolute URL with #id', async () => {
    const { page, context } = await open('/community?lang=en');
    try {
      const section = page.locator('main section[id]').first();
      await section.waitFor();
      const id = await section.getAttribute('id');
      await section
        .getByRole('button', { name: /^Copy link to “/ })
        .first()
        .click();
      await page.getByText('Link copied').waitFor();
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      assert.equal(copied, `${baseUrl}/community?lang=en#${id ?? ''}`);
    } finally {
      await context.close();
    }
  });

  it('the Share button copies the link to this view, in its language', async () => {
    const { page, context } = await open('/events?type=meetup&lang=zh', { lang: 'zh' });
    try {
      await page.getByRole('button', { name: '分享' }).click();
      await page.getByText('已复制此视图的链接').waitFor();
      const copied = new URL(await page.evaluate(() => navigator.clipboard.readText()));
      // The language leads the path: the link opens, and unfurls, in Chinese.
      assert.equal(copied.pathname, '/zh/events');
      assert.equal(copied.searchParams.get('type'), 'meetup');
      assert.equal(copied.searchParams.get('lang'), null);
    } finally {
      await context.close();
    }
  });

  it('the language switch changes visible text and is remembered', async () => {
    const { page, context } = await open('/events', { lang: 'en' });
    await page.getByRole('heading', { level: 1, name: 'Events' }).waitFor();
    await page.getByRole('button', { name: '中文' }).click();
    await page.getByRole('heading', { level: 1, name: '活动' }).waitFor();
    assert.equal(await page.getByRole('link', { name: '成员' }).count(), 1);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: '活动' }).waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'zh-CN');
    await context.close();
  });

  it('the theme switch applies dark colours', async () => {
    const { page, context } = await open('/?lang=en');
    await page.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
    assert.equal(await page.evaluate(() => document.documentElement.classList.contains('dark')), true);
    await page.reload();
    assert.equal(await page.evaluate(() => document.documentElement.classList.contains('dark')), true);
    await context.close();
  });
});

describe('broken data', () => {
  it('a dataset served broken shows file, record and field; Retry recovers once it is whole', async () => {
    const { page, context, errors } = await open('');
    let broken = true;
    await page.route('**/data/people.json', async (route) => {
      if (!broken) return route.continue();
      const response = await route.fetch();
      const data = (await response.json()) as { people: { roles: { year: unknown }[] }[] };
      data.people[3]!.roles[0]!.year = 'MMXXII';
      await route.fulfill({ response, body: JSON.stringify(data) });
    });
    await page.goto(`${baseUrl}/people?lang=en`);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    const text = await alert.innerText();
    assert.match(text, /data\/people\.json/);
    assert.match(text, /people\[3\] \(id "[a-z0-9-]+"\)/);
    assert.match(text, /roles\.0\.year/);
    // Other pages keep working.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Stars' }).click();
    await page.getByRole('heading', { level: 1, name: 'GitHub stars' }).waitFor();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'People' }).click();
    await alert.waitFor();
    broken = false;
    await page.getByRole('button', { name: 'Retry' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /of \d+ people/ })
      .waitFor();
    assert.equal(await page.getByRole('alert').count(), 0);
    // The network failure is logged by the browser itself; the app logs nothing.
    assert.deepEqual(
      errors.filter((e) => !e.startsWith('Failed to load resource')),
      [],
    );
    await context.close();
  });

  it('a truncated file and a 500 both show a message and Retry', async () => {
    const { page, context } = await open('');
    await page.route('**/data/media.json', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: '{"channels": [{"id": "wec' }),
    );
    await page.route('**/data/events.json', (route) => route.fulfill({ status: 500, body: 'oops' }));
    await page.goto(`${baseUrl}/media?lang=en`);
    assert.match(await page.getByRole('alert').innerText(), /data\/media\.json: not valid JSON/);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Events' }).click();
    await page.getByRole('alert').filter({ hasText: 'data/events.json: the server answered 500' }).waitFor();
    assert.equal(await page.getByRole('button', { name: 'Retry' }).count(), 1);
    await context.close();
  });
});
