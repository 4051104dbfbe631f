import assert from 'node:assert/strict';
import { after, afterEach, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { baseUrl, open, readData, scrollToSection, setup, teardown, closeContexts } from './harness';
import { layoutProblems } from './layout';
import { en } from '../../src/lib/i18n/en';
import { zh } from '../../src/lib/i18n/zh';

before(setup);
afterEach(closeContexts);
after(teardown);

type People = { people: { id: string; name: string; nameZh?: string; roles: { role: string; year: number }[] }[] };
type Stars = { projects: { repo: string }[] };

const people = (readData('people.json') as People).people;
const stars = readData('stars.json') as Stars;
/** The longest content the data has: the person with the most roles, and the longest name. */
const mostRoles = [...people].sort((a, b) => b.roles.length - a.roles.length)[0]!;
const longestName = [...people].sort((a, b) => b.name.length + (b.nameZh?.length ?? 0) - (a.name.length + (a.nameZh?.length ?? 0)))[0]!;

const ROUTES = [
  '/',
  `/stars?repo=${stars.projects.map((p) => p.repo).join(',')}`,
  '/people?sort=roles',
  `/people/${mostRoles.id}`,
  `/people/${longestName.id}`,
  '/events',
  '/media',
  '/community',
  '/about',
  '/no-such-page',
];
const WIDTHS = (process.env.LAYOUT_WIDTHS ?? '360,390,768,1024,1440').split(',').map(Number);

async function settle(page: Page, route: string) {
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await page.waitForLoadState('networkidle');
  if (route.startsWith('/people?')) {
    // Rendered in the browser, the sections below the list render when the reader nears them: go there.
    for (const id of ['people-by-year', 'stated-vs-listed']) await scrollToSection(page, id);
    await page
      .getByRole('table', { name: en['people.stated.title'] })
      .or(page.getByRole('table', { name: zh['people.stated.title'] }))
      .waitFor();
  }
  if (route.startsWith('/stars') || route === '/people?sort=roles' || route === '/events') {
    await page.locator('svg.recharts-surface').first().waitFor({ timeout: 10_000 });
  }
  // Fonts and late layout (virtual rows measuring themselves) settle within a frame or two.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

describe('layout: no overlap, no clipping, no sideways scroll, no colliding chart labels', () => {
  for (const width of WIDTHS) {
    for (const lang of ['en', 'zh'] as const) {
      const themes = width === 360 || width === 1440 ? (['light', 'dark'] as const) : (['light'] as const);
      for (const colorScheme of themes) {
        it(`every page at ${width}px, ${lang}, ${colorScheme}`, async () => {
          const session = await open('', { width, lang, colorScheme });
          const found: string[] = [];
          try {
            for (const route of ROUTES) {
              await session.page.goto(`${baseUrl}${route}${route.includes('?') ? '&' : '?'}lang=${lang}`);
              await settle(session.page, route);
              for (const problem of await layoutProblems(session.page)) found.push(`${route}: ${problem}`);
            }
            assert.deepEqual(found, []);
            assert.deepEqual(session.errors, []);
          } finally {
            await session.context.close();
          }
        });
      }
    }
  }
});
