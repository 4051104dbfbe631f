import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, afterEach, before, describe, it } from 'node:test';
import { appReady, closeContexts, open, readData, ROOT, scrollToSection, setup, teardown } from './harness';
import { serveStatic } from './static-host';
import { en } from '../../src/lib/i18n/en';
import { zh } from '../../src/lib/i18n/zh';

before(setup);
afterEach(closeContexts);
after(teardown);

type Person = { id: string; name: string; nameZh?: string; roles: unknown[] };
/** The person with the most roles who has a published Chinese name (their zh page leads with it). */
function bilingualPerson(): Person {
  const { people } = readData('people.json') as { people: Person[] };
  const found = [...people]
    .filter((p) => p.nameZh && p.nameZh !== p.name)
    .sort((a, b) => b.roles.length - a.roles.length || a.id.localeCompare(b.id))[0];
  if (!found) throw new Error('nobody in people.json has a Chinese name');
  return found;
}

function pngSize(file: string): [number, number] {
  const png = readFileSync(file);
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
}

describe('pages with the language first (/zh/…, /en/…), on a static host', () => {
  it('the build writes each route and person in each language, with the page’s own title, language and card', async () => {
    const person = bilingualPerson();
    const server = await serveStatic(join(ROOT, 'dist'));
    try {
      const zh = await (await fetch(`${server.url}/zh/people/${person.id}`)).text();
      assert.match(zh, /<html lang="zh-CN">/);
      assert.ok(zh.includes(`<title>${person.nameZh ?? ''} · 社区数据看板</title>`), 'zh title leads with the Chinese name');
      assert.match(zh, /<meta name="twitter:card" content="summary_large_image" \/>/);
      const en = await (await fetch(`${server.url}/en/events/`)).text();
      assert.match(en, /<html lang="en">/);
      assert.match(en, /<title>Events · Community dashboard<\/title>/);
      for (const card of [`cards/zh/people/${person.id}.png`, 'cards/en/overview.png', 'cards/zh/events.png'])
        assert.deepEqual(pngSize(join(ROOT, 'dist', card)), [1200, 630], card);
      assert.ok(!existsSync(join(ROOT, 'dist/sitemap.xml')), 'no sitemap without SITE_URL');
    } finally {
      await server.close();
    }
  });

  it('a shared /zh/ link opens in Chinese; its links stay in Chinese; switching language goes to /en/', async () => {
    const person = bilingualPerson();
    const server = await serveStatic(join(ROOT, 'dist'));
    // A browser that prefers English: the address decides.
    const { page, context, errors } = await open('', { lang: 'en' });
    try {
      await page.goto(`${server.url}/zh/people/${person.id}`);
      await page.getByRole('heading', { level: 1, name: person.nameZh }).waitFor();
      assert.equal(await page.evaluate(() => document.documentElement.lang), 'zh-CN');
      await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '活动' }).click();
      await page.getByRole('heading', { level: 1, name: '活动' }).waitFor();
      assert.equal(new URL(page.url()).pathname, '/zh/events');
      await page.reload();
      await page.getByRole('heading', { level: 1, name: '活动' }).waitFor();
      // The reloaded page is the build's HTML until the app takes it over; the switch is a button of the app.
      await appReady(page);
      await page.getByRole('button', { name: 'English' }).click();
      await page.getByRole('heading', { level: 1, name: 'Events' }).waitFor();
      assert.equal(new URL(page.url()).pathname, '/en/events');
      assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
      // A page nobody prerendered (an unknown person) still opens in the address's language, as not found.
      await page.goto(`${server.url}/zh/people/nobody-by-this-id`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      assert.equal(await page.evaluate(() => document.documentElement.lang), 'zh-CN');
      assert.deepEqual(
        errors.filter((e) => !e.startsWith('Failed to load resource: the server responded with a status of 404')),
        [],
      );
    } finally {
      await context.close();
      await server.close();
    }
  });

  it('a section below the fold brings its own messages, in each language loaded, and the introduction comes with the page', async () => {
    const server = await serveStatic(join(ROOT, 'dist'));
    const { page, context, errors } = await open('', { lang: 'en' });
    const parts: string[] = [];
    page.on('request', (request) => {
      const file = new URL(request.url()).pathname.split('/').pop() ?? '';
      const part = /^((?:en|zh)-(?:people|people-by-year-section|stated-vs-listed-section))-[\w-]{8}\.js$/.exec(file)?.[1];
      if (part) parts.push(part);
    });
    try {
      // The prerendered page: its sections below the list, and their messages, wait until the reader nears them.
      await page.goto(`${server.url}/en/people/`);
      await page.getByText(en['people.intro']).waitFor();
      await appReady(page);
      assert.deepEqual(parts, ['en-people']);
      await page.getByRole('heading', { level: 2, name: en['people.stated.title'] }).scrollIntoViewIfNeeded();
      await page.waitForRequest((request) => request.url().includes('/en-stated-vs-listed-section-'));
      // An address without a language renders in the browser, its sections when the reader nears them; switching
      // language there loads the other language's parts of everything on the page, the sections' included.
      parts.length = 0;
      await page.goto(`${server.url}/people?lang=en`);
      await page.getByRole('list', { name: 'People' }).getByRole('listitem').first().waitFor();
      await page.waitForLoadState('networkidle');
      assert.deepEqual(parts, ['en-people']);
      await scrollToSection(page, 'stated-vs-listed');
      await page.getByRole('heading', { level: 2, name: en['people.stated.title'] }).waitFor();
      await page.getByRole('button', { name: '中文' }).click();
      await page.getByRole('heading', { level: 2, name: zh['people.stated.title'] }).waitFor();
      await page.getByText(zh['people.intro']).waitFor();
      await page.getByRole('heading', { level: 2, name: zh['people.chart.title'] }).waitFor();
      assert.deepEqual([...new Set(parts)].sort(), [
        'en-people',
        'en-people-by-year-section',
        'en-stated-vs-listed-section',
        'zh-people',
        'zh-people-by-year-section',
        'zh-stated-vs-listed-section',
      ]);
      // The static host answers the address without a language with its 404 page, whose shell renders it.
      assert.deepEqual(
        errors.filter((e) => !e.startsWith('Failed to load resource: the server responded with a status of 404')),
        [],
      );
    } finally {
      await context.close();
      await server.close();
    }
  });
});
