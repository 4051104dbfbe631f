import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, afterEach, before, describe, it } from 'node:test';
import { appReady, closeContexts, english, open, personWithMostRoles, readData, ROOT, setup, teardown } from './harness';
import { serveStatic } from './static-host';

before(setup);
afterEach(closeContexts);
after(teardown);

const ROUTES: { path: string; title?: string }[] = [
  { path: '' },
  { path: 'stars/', title: 'stars.title' },
  { path: 'people/', title: 'people.title' },
  { path: 'events/', title: 'events.title' },
  { path: 'media/', title: 'media.title' },
  { path: 'community/', title: 'community.title' },
  { path: 'about/', title: 'about.title' },
];

type Person = { id: string; name: string; nameZh?: string };
/** The person with the most roles and the one with the longest name: the longest person pages the data has. */
function samplePeople(): Person[] {
  const { people } = readData('people.json') as { people: Person[] };
  const longest = [...people].sort((a, b) => b.name.length - a.name.length || a.id.localeCompare(b.id))[0];
  const most = people.find((p) => p.id === personWithMostRoles().id);
  return [...new Map([most, longest].flatMap((p) => (p ? [[p.id, p]] : []))).values()];
}

const { years } = readData('community.json') as { years: { from: number; to: number } };
/** The pages with charts (the overview's stars figure, and each chart page's). */
const CHART_PAGES = ['', 'stars/', 'people/', 'events/'];

const pages = ['en', 'zh'].flatMap((lang) => [
  { lang, path: `/${lang}/years/${String(years.from)}/`, title: undefined },
  ...ROUTES.map((r) => ({ lang, path: `/${lang}/${r.path}`, title: lang === 'en' && r.title ? english(r.title) : undefined })),
  ...samplePeople().map((p) => ({ lang, path: `/${lang}/people/${p.id}`, title: lang === 'en' ? p.name : (p.nameZh ?? p.name) })),
]);

describe('prerendered pages', () => {
  it('with JavaScript off, every route and person page shows its heading and content', async () => {
    const server = await serveStatic(join(ROOT, 'dist'));
    const { page, context } = await open('', { javaScript: false });
    try {
      for (const { lang, path, title } of pages) {
        const response = await page.goto(`${server.url}${path}`);
        assert.equal(response?.status(), 200, path);
        const heading = page.getByRole('heading', { level: 1 });
        assert.equal(await heading.count(), 1, `${path}: one h1`);
        const text = (await heading.textContent())?.trim() ?? '';
        assert.ok(text.length > 0, `${path}: the h1 has text`);
        if (title) assert.equal(text, title, path);
        // The page's content, not a loading state: the main landmark holds more than its heading.
        const words = ((await page.getByRole('main').textContent()) ?? '').length;
        assert.ok(words > 200, `${path}: main holds ${String(words)} characters`);
        assert.equal(await page.getByText(/^(Loading…|加载中…)$/).count(), 0, `${path}: nothing is left loading`);
        // Chart pages show their charts as drawn at build: one picture per chart, visible, with marks in it.
        if (CHART_PAGES.some((route) => path === `/${lang}/${route}`)) {
          const pictures = page.locator('[data-static-chart] svg:visible');
          assert.ok((await pictures.count()) >= 1, `${path}: a chart picture is visible`);
          assert.ok((await pictures.first().locator('path, rect').count()) > 3, `${path}: the picture has marks`);
        }
        // The events timeline, virtual once the app runs, is in the HTML too: its newest events.
        if (path === `/${lang}/events/`)
          assert.ok((await page.locator('#timeline li h4, #timeline li h3').count()) >= 10, `${path}: events listed`);
        // A person's page names them in its sharing tags, and its card is in the build.
        if (path.includes('/people/') && title) {
          assert.equal(
            await page
              .locator('meta[property="og:title"]')
              .getAttribute('content')
              .then((c) => c?.startsWith(title)),
            true,
            path,
          );
        }
      }
    } finally {
      await context.close();
      await server.close();
    }
  });

  it('with JavaScript off, the page follows the system theme, dark or light', async () => {
    const server = await serveStatic(join(ROOT, 'dist'));
    try {
      const backgrounds: string[] = [];
      for (const colorScheme of ['light', 'dark'] as const) {
        const { page, context } = await open('', { javaScript: false, colorScheme });
        try {
          await page.goto(`${server.url}/en/stars/`);
          await page.getByRole('heading', { level: 1 }).waitFor();
          backgrounds.push(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor));
        } finally {
          await context.close();
        }
      }
      const [light, dark] = backgrounds.map((c) => (c.match(/\d+/g) ?? []).slice(0, 3).map(Number));
      const lightness = (rgb: number[] = []) => rgb.reduce((sum, v) => sum + v, 0) / 3;
      assert.ok(lightness(light) > 200, `light background ${String(backgrounds[0])}`);
      assert.ok(lightness(dark) < 60, `dark background ${String(backgrounds[1])}`);
    } finally {
      await server.close();
    }
  });

  it('loads the app only once the prerendered page is on screen, and at once where there is nothing prerendered', async () => {
    const server = await serveStatic(join(ROOT, 'dist'));
    const { page, context, errors } = await open('');
    try {
      for (const path of ['/zh/', '/en/events/']) {
        await page.goto(`${server.url}${path}`);
        await appReady(page);
        const { paint, entry } = await page.evaluate(() => ({
          paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
          entry: performance.getEntriesByType('resource').find((r) => /\/assets\/index-[\w-]+\.js$/.test(r.name))?.startTime,
        }));
        assert.ok(paint !== undefined && entry !== undefined, `${path}: paint ${String(paint)}, entry ${String(entry)}`);
        assert.ok(
          entry >= paint,
          `${path}: the entry was requested at ${entry.toFixed(0)} ms, before the first paint at ${paint.toFixed(0)} ms`,
        );
      }
      // An address the build has no page for is served the 404 page's empty shell: nothing to paint, so the app
      // loads at once, not after boot.js's one-second stand-in for a paint report.
      await page.goto(`${server.url}/en/no-such-page`);
      await page.getByRole('heading', { level: 1, name: english('notFound.title') }).waitFor();
      const wait = await page.evaluate(() => {
        const ready = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
        const entry = performance.getEntriesByType('resource').find((r) => /\/assets\/index-[\w-]+\.js$/.test(r.name));
        return (entry?.startTime ?? Infinity) - (ready?.domContentLoadedEventStart ?? 0);
      });
      assert.ok(wait < 500, `the 404 page's app was requested ${wait.toFixed(0)} ms after the document was parsed`);
      assert.deepEqual(
        errors.filter((e) => !e.includes('status of 404')),
        [],
      );
    } finally {
      await context.close();
      await server.close();
    }
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`the app takes over each page without re-rendering it or any warning (${colorScheme})`, async () => {
      const server = await serveStatic(join(ROOT, 'dist'));
      const { page, context, errors } = await open('', { colorScheme });
      // The h1 as the HTML had it, before any script ran: hydration keeps that very element.
      await page.addInitScript(() => {
        document.addEventListener('readystatechange', () => {
          if (document.readyState === 'interactive') Reflect.set(window, '__prerenderedH1', document.querySelector('#root h1'));
        });
      });
      try {
        for (const { path } of pages) {
          await page.goto(`${server.url}${path}`);
          await page.waitForLoadState('networkidle');
          await appReady(page);
          const kept = await page.evaluate(() => {
            const before: unknown = Reflect.get(window, '__prerenderedH1');
            return before instanceof Element && before === document.querySelector('#root h1');
          });
          assert.ok(kept, `${path}: the prerendered heading was hydrated, not replaced`);
        }
        assert.deepEqual(errors, []);
      } finally {
        await context.close();
        await server.close();
      }
    });
  }

  it('exporting a chart shown as its picture loads the chart and downloads it', async () => {
    const server = await serveStatic(join(ROOT, 'dist'));
    const { page, context, errors } = await open('');
    try {
      await page.goto(`${server.url}/en/stars/`);
      await page.waitForLoadState('networkidle');
      assert.ok(await page.locator('[data-static-chart] svg:visible').count(), 'the picture shows first');
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: english('stars.export.svg') }).click();
      assert.match((await download).suggestedFilename(), /\.svg$/);
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
      await server.close();
    }
  });

  it('the CSV of a prerendered chart holds its rows, the writer loaded by the click', async () => {
    const { projects } = readData('stars.json') as { projects: { repo: string }[] };
    const repo = projects[0]?.repo ?? '';
    const server = await serveStatic(join(ROOT, 'dist'));
    const { page, context, errors } = await open('');
    try {
      await page.goto(`${server.url}/en/stars/`);
      await page.waitForLoadState('networkidle');
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: english('stars.export.csv') }).click();
      const text = readFileSync(await (await download).path(), 'utf8');
      assert.ok(text.startsWith('\uFEFF'), 'starts with a BOM');
      const [header, ...rows] = text.slice(1).trim().split('\r\n');
      assert.equal(header, 'repo,date,stars,kind,wording_en,wording_zh,source');
      assert.ok(rows.length > 0, 'a row per point');
      assert.deepEqual(
        rows.filter((row) => !row.startsWith(`${repo},`)),
        [],
        `every row is the default project's (${repo})`,
      );
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
      await server.close();
    }
  });

  it('a link with filters renders them in the browser, over the prerendered default view', async () => {
    const server = await serveStatic(join(ROOT, 'dist'));
    const { page, context, errors } = await open('');
    try {
      await page.goto(`${server.url}/en/people/?q=zz-nobody-zz`);
      await page.getByText(english('people.empty.q').replace('{q}', 'zz-nobody-zz')).first().waitFor();
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
      await server.close();
    }
  });
});
