/**
 * `npm run bench [-- --check]`: measures the built app in Chromium and prints figures.
 *  1. JS and CSS each route loads (raw and gzipped), and what index.html itself loads.
 *  2. People search: keystroke-to-updated-list time (p50, p95) at 1,000 / 10,000 / 100,000 people,
 *     and the JS heap; /people with 100,000 people: time to the first card, the longest main-thread
 *     task while it loads (PerformanceObserver 'longtask'), and the time each sort takes.
 *  2b. Events: first render and type-filter click latency (p50, p95) at 1,000 and 20,000 events (test/bench/events.ts).
 *  3. Lighthouse (mobile, simulated throttling) on every route: scores, LCP, TBT, CLS (--no-lighthouse skips it).
 * With --check it exits 1 when a budget is missed. A benchmark, never a timed test.
 * `--only=search,load` runs only those sections (sizes, search, events, load, lighthouse); `--sizes=100000`
 * chooses the search sizes. A partial run does not write latest.json. `--profile`: see profile-search.ts.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from 'playwright-core';
import { ARGS, CHROMIUM, personWithMostRoles, ROOT, startServer } from '../e2e/harness.ts';
import { eventsSection } from './events.ts';
import { generatePeople } from './generate-people.ts';
import { runLighthouse } from './lighthouse.ts';

if (process.argv.includes('--profile')) {
  await import('./profile-search.ts');
  process.exit(0);
}

const CHECK = process.argv.includes('--check');
const BUDGET = {
  firstRouteJsGzipKB: 120,
  searchP95Ms: 16,
  performance: 95,
  accessibility: 100,
  firstCardMs: 1500,
  longestTaskMs: 200,
  sortMs: 100,
};
const LOAD_SIZE = 100_000;
const ONLY = process.argv
  .find((a) => a.startsWith('--only='))
  ?.slice('--only='.length)
  .split(',');
const runs = (section: string) => !ONLY || ONLY.includes(section);
const SKIP_LIGHTHOUSE = process.argv.includes('--no-lighthouse') || !runs('lighthouse');
const ROUTES = ['/', '/stars', '/people', `/people/${personWithMostRoles().id}`, '/events', '/media', '/community', '/about'];
const SIZES = process.argv
  .find((a) => a.startsWith('--sizes='))
  ?.slice('--sizes='.length)
  .split(',')
  .map(Number) ?? [1_000, 10_000, 100_000];
const QUERIES = ['zhang', 'peizhenfei', 'wei li', 'canoglu', '裴振', 'xu', 'chen', 'onur', 'li na', 'zhenfei', 'müller', 'kevin', '张'];
const kb = (n: number) => (n / 1024).toFixed(1);

if (!existsSync(CHROMIUM)) {
  console.error(`No Chromium at ${CHROMIUM}: sudo apt-get install -y chromium (or set CHROMIUM_PATH).`);
  process.exit(1);
}
if (!existsSync(resolve(ROOT, 'dist/index.html')) || process.argv.includes('--build')) {
  const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'error'], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) process.exit(1);
}

function fileSize(url: string) {
  const path = resolve(ROOT, 'dist', new URL(url).pathname.replace(/^\//, ''));
  const body = readFileSync(path);
  return { raw: body.length, gzip: gzipSync(body, { level: 9 }).length };
}

function initialAssets() {
  const html = readFileSync(resolve(ROOT, 'dist/index.html'), 'utf8');
  const js = [...html.matchAll(/<(?:script[^>]*src|link[^>]*rel="modulepreload"[^>]*href)="([^"]+\.js)"/g)].map((m) => m[1] ?? '');
  const css = [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+\.css)"/g)].map((m) => m[1] ?? '');
  return { js, css };
}

async function routeSizes(url: string, page: Page, route: string) {
  const seen = new Set<string>();
  const listener = (response: { url(): string; request(): { resourceType(): string } }) => {
    const type = response.request().resourceType();
    if (type === 'script' || type === 'stylesheet') seen.add(response.url());
  };
  page.on('response', listener);
  await page.goto(`${url}${route}?lang=en`);
  await page.waitForLoadState('networkidle');
  page.off('response', listener);
  const sum = (ext: string) =>
    [...seen]
      .filter((u) => u.endsWith(ext))
      .reduce(
        (acc, u) => {
          const s = fileSize(u);
          return { raw: acc.raw + s.raw, gzip: acc.gzip + s.gzip, files: acc.files + 1 };
        },
        { raw: 0, gzip: 0, files: 0 },
      );
  return {
    route,
    js: sum('.js'),
    css: sum('.css'),
    recharts: [...seen].some((u) => /CartesianChart|BarChart|stars-chart|people-chart|events-chart/.test(u)),
  };
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
};

async function searchLatency(url: string, page: Page, n: number) {
  const body = JSON.stringify(generatePeople(n));
  await page.route('**/data/people.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body }));
  // tsx compiles functions with a __name helper; the serialised copy that runs in the page needs it too.
  await page.addInitScript('window.__name = (f) => f;');
  await page.goto(`${url}/people?lang=en`);
  await page
    .getByRole('status')
    .filter({ hasText: `of ${n.toLocaleString('en')} people` })
    .waitFor({ timeout: 120_000 });
  const times = await page.evaluate(async (queries) => {
    const input = document.querySelector<HTMLInputElement>('input[type="search"]');
    // React listens to the native value setter; calling it the way a browser does is how a keystroke is simulated.
    // eslint-disable-next-line @typescript-eslint/unbound-method
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
    if (!input || !setter) throw new Error('no search box');
    const results = () => document.querySelector<HTMLElement>('[data-results-for]');
    // Resolves when the list shows `value` and its layout is computed (forced), i.e. it is ready to paint.
    const shown = (value: string) =>
      new Promise<void>((done) => {
        const ready = () => results()?.dataset.resultsFor === value;
        if (ready()) return done();
        const observer = new MutationObserver(() => {
          if (!ready()) return;
          observer.disconnect();
          document.body.getBoundingClientRect(); // forces style and layout of the new list
          done();
        });
        observer.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-results-for'] });
      });
    const type = (value: string) => {
      setter.call(input, value);
      input.dispatchEvent(new Event('input', { bubbles: true }));
    };
    const out: number[] = [];
    for (const q of queries) {
      type('');
      await shown('');
      await new Promise((r) => setTimeout(r, 50));
      for (let i = 1; i <= q.length; i += 1) {
        const value = q.slice(0, i);
        const t0 = performance.now();
        type(value);
        await shown(value);
        out.push(performance.now() - t0);
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      }
    }
    return out;
  }, QUERIES);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const heap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN;
  await page.unroute('**/data/people.json');
  return {
    n,
    keystrokes: times.length,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    max: Math.max(...times),
    heapMB: heap / 1024 / 1024,
  };
}

/** Records, in the page, the longest task and when the first person card appears (ms since navigation). */
const LOAD_PROBE = `
  window.__longestTask = 0;
  window.__firstCard = null;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__longestTask = Math.max(window.__longestTask, entry.duration);
  }).observe({ type: 'longtask', buffered: true });
  new MutationObserver((_, observer) => {
    if (document.querySelector('ul[aria-label] > li article')) {
      window.__firstCard = performance.now();
      observer.disconnect();
    }
  }).observe(document, { subtree: true, childList: true });
`;

/** /people with `n` people, fresh: time to first card, longest main-thread task while loading, then each sort's time. */
async function peopleLoad(url: string, browserContext: Awaited<ReturnType<typeof chromium.launch>>, n: number) {
  const context = await browserContext.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const body = JSON.stringify(generatePeople(n));
  await page.route('**/data/people.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body }));
  await page.addInitScript('window.__name = (f) => f;');
  await page.addInitScript(LOAD_PROBE);
  await page.goto(`${url}/people?lang=en`);
  await page
    .getByRole('status')
    .filter({ hasText: `of ${n.toLocaleString('en')} people` })
    .waitFor({ timeout: 120_000 });
  await page.waitForTimeout(500);
  const load = await page.evaluate(() => ({
    firstCardMs: Number(Reflect.get(window, '__firstCard')),
    longestTaskMs: Number(Reflect.get(window, '__longestTask')),
  }));
  // Each sort chosen as a user does; the time includes Playwright's round trips, so it is an upper bound.
  const sorts: Record<string, number> = {};
  for (const sort of ['name', 'roles', 'recent']) {
    const t0 = performance.now();
    await page.locator('#people-list select').selectOption(sort, { timeout: 60_000 });
    await page.locator(`[data-results-sort="${sort}"]`).waitFor({ timeout: 60_000 });
    sorts[sort] = performance.now() - t0;
    await page.waitForTimeout(100);
  }
  await context.close();
  return { n, ...load, sorts };
}

const server = await startServer();
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
const failures: string[] = [];
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();

  const initial = initialAssets();
  const initialJs = initial.js
    .map((u) => fileSize(`http://x${u}`))
    .reduce((a, s) => ({ raw: a.raw + s.raw, gzip: a.gzip + s.gzip }), { raw: 0, gzip: 0 });
  const initialCss = initial.css
    .map((u) => fileSize(`http://x${u}`))
    .reduce((a, s) => ({ raw: a.raw + s.raw, gzip: a.gzip + s.gzip }), { raw: 0, gzip: 0 });
  console.log('\nWhat index.html loads before any route code (KB):');
  console.log(`  JS ${kb(initialJs.raw)} raw, ${kb(initialJs.gzip)} gzip; CSS ${kb(initialCss.raw)} raw, ${kb(initialCss.gzip)} gzip`);

  console.log('\nJS and CSS each route loads, first visit (KB):');
  console.log(['route'.padEnd(22), 'JS raw', 'JS gzip', 'CSS raw', 'CSS gzip', 'files', 'charts'].join('\t'));
  const sizes = [];
  for (const route of runs('sizes') ? ROUTES : []) {
    const fresh = await context.newPage();
    const s = await routeSizes(server.url, fresh, route);
    await fresh.close();
    sizes.push(s);
    console.log(
      [route.padEnd(22), kb(s.js.raw), kb(s.js.gzip), kb(s.css.raw), kb(s.css.gzip), s.js.files, s.recharts ? 'yes' : 'no'].join('\t'),
    );
  }
  const first = sizes[0];
  if (first && first.js.gzip / 1024 > BUDGET.firstRouteJsGzipKB)
    failures.push(`/ loads ${kb(first.js.gzip)} KB of gzipped JS (budget ${BUDGET.firstRouteJsGzipKB})`);
  if (first?.recharts) failures.push('/ loads chart code');

  console.log('\nPeople search, keystroke to updated list (ms; forced layout, excludes waiting for vsync):');
  console.log(['people'.padStart(8), 'keys', 'p50', 'p95', 'max', 'heap MB'].join('\t'));
  const search = [];
  for (const n of runs('search') ? SIZES : []) {
    const r = await searchLatency(server.url, page, n);
    search.push(r);
    console.log(
      [n.toLocaleString('en').padStart(8), r.keystrokes, r.p50.toFixed(1), r.p95.toFixed(1), r.max.toFixed(1), r.heapMB.toFixed(1)].join(
        '\t',
      ),
    );
  }
  const largest = search.at(-1);
  if (largest && largest.p95 > BUDGET.searchP95Ms)
    failures.push(`search p95 at ${largest.n} people is ${largest.p95.toFixed(1)} ms (goal ${BUDGET.searchP95Ms})`);

  const events = runs('events') ? await eventsSection(server.url, page, failures) : null;
  const load = runs('load') ? await peopleLoad(server.url, browser, LOAD_SIZE) : null;
  if (load) {
    console.log(`\n/people with ${LOAD_SIZE.toLocaleString('en')} people, fresh load (ms):`);
    const slowestSort = Math.max(...Object.values(load.sorts));
    console.log(['first card', 'longest task', ...Object.keys(load.sorts).map((s) => `sort ${s}`)].join('\t'));
    console.log(
      [load.firstCardMs.toFixed(0), load.longestTaskMs.toFixed(0), ...Object.values(load.sorts).map((v) => v.toFixed(1))].join('\t\t'),
    );
    if (!(load.firstCardMs <= BUDGET.firstCardMs))
      failures.push(`first card at ${LOAD_SIZE} people after ${load.firstCardMs.toFixed(0)} ms (budget ${BUDGET.firstCardMs})`);
    if (load.longestTaskMs > BUDGET.longestTaskMs)
      failures.push(`a ${load.longestTaskMs.toFixed(0)} ms main-thread task loading ${LOAD_SIZE} people (budget ${BUDGET.longestTaskMs})`);
    if (slowestSort > BUDGET.sortMs)
      failures.push(`sorting ${LOAD_SIZE} people takes ${slowestSort.toFixed(0)} ms (budget ${BUDGET.sortMs})`);
  }

  const lighthouse = SKIP_LIGHTHOUSE
    ? []
    : await runLighthouse(
        server.url,
        ROUTES.map((r) => `${r}?lang=en`),
      );
  if (!SKIP_LIGHTHOUSE) {
    console.log('\nLighthouse, mobile, simulated throttling:');
    console.log(['route'.padEnd(24), 'perf', 'a11y', 'best', 'seo', 'LCP ms', 'TBT ms', 'CLS'].join('\t'));
    for (const r of lighthouse) {
      console.log(
        [
          r.route.padEnd(24),
          r.performance,
          r.accessibility,
          r.bestPractices,
          r.seo,
          Math.round(r.lcpMs),
          Math.round(r.tbtMs),
          r.cls.toFixed(3),
        ].join('\t'),
      );
      if (r.performance < BUDGET.performance)
        failures.push(`${r.route} Lighthouse performance ${r.performance} (budget ${BUDGET.performance})`);
      if (r.accessibility < BUDGET.accessibility)
        failures.push(`${r.route} Lighthouse accessibility ${r.accessibility} (budget ${BUDGET.accessibility})`);
    }
  }

  if (!ONLY) {
    mkdirSync(resolve(ROOT, 'test/bench/.out'), { recursive: true });
    writeFileSync(
      resolve(ROOT, 'test/bench/.out/latest.json'),
      JSON.stringify({ date: new Date().toISOString(), initialJs, initialCss, sizes, search, events, load, lighthouse }, null, 2),
    );
  }
  console.log(`\nBudgets: ${failures.length === 0 ? 'all met' : failures.join('; ')}`);
} finally {
  await browser.close();
  await server.close();
}
if (CHECK && failures.length > 0) process.exit(1);
