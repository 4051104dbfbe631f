/**
 * `npm run bench [-- --check]`: measures the built app in Chromium and prints figures.
 *  0. `npm run build`, timed: with every build cache set aside (every share card drawn), then with nothing changed.
 *  1. JS and CSS each route's page loads (raw and gzipped; the language-first pages, served from dist/ as a
 *     static host serves them), the part that is chart code, and what index.html itself loads.
 *  2. People search: keystroke-to-updated-list time (p50, p95) at 1,000 / 10,000 / 100,000 people,
 *     and the JS heap; /people with 100,000 people: time to the first card, the longest main-thread
 *     task while it loads (PerformanceObserver 'longtask'), and the time each sort takes (from the choice to the
 *     frame after the list shows it, timed in the page).
 *  2b. Events: first render and type-filter click latency (p50, p95) at 1,000 and 20,000 events (test/bench/events.ts).
 *  3. Lighthouse (mobile, simulated throttling) on every route, three runs each, judged by the median:
 *     scores, LCP, TBT, CLS (--no-lighthouse skips it).
 * With --check it exits 1 when a budget is missed. A benchmark, never a timed test.
 * `--only=search,load` runs only those sections (build, sizes, search, events, load, lighthouse); `--sizes=100000`
 * chooses the search sizes. A partial run does not write latest.json. `--profile`: see profile-search.ts.
 * Without the build section, dist/ is built only when it is missing (or with `--build`). `--dist=<folder>`
 * measures a copy of a build instead of dist/ (so that building on meanwhile does not change what is measured).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from 'playwright-core';
import { ARGS, CHROMIUM, personWithMostRoles, ROOT } from '../e2e/harness.ts';
import { serveStatic } from '../e2e/static-host.ts';
import { buildSection } from './build-time.ts';
import { eventsSection } from './events.ts';
import { generatePeople } from './generate-people.ts';
import { medianByRoute, runLighthouse } from './lighthouse.ts';

if (process.argv.includes('--profile')) {
  await import('./profile-search.ts');
  process.exit(0);
}

const CHECK = process.argv.includes('--check');
const BUDGET = {
  routeJsGzipKB: 110,
  searchP95Ms: 16,
  performance: 98,
  accessibility: 100,
  seo: 100,
  lcpMs: 1500,
  tbtMs: 50,
  cls: 0.01,
  buildColdS: 120,
  buildWarmS: 30,
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
/**
 * The pages a shared link opens: each route's language-first page (`dist/en/stars/index.html`, a person's
 * `dist/en/people/<id>.html`), in English, and the root in Chinese too (the larger catalogue).
 */
const ROUTES = [
  '/en/',
  '/en/stars/',
  '/en/people/',
  `/en/people/${personWithMostRoles().id}`,
  '/en/events/',
  '/en/media/',
  '/en/community/',
  '/en/about/',
  '/zh/',
];
/** The root pages: they must never load chart code. */
const ROOTS = new Set(['/en/', '/zh/']);
const SIZES = process.argv
  .find((a) => a.startsWith('--sizes='))
  ?.slice('--sizes='.length)
  .split(',')
  .map(Number) ?? [1_000, 10_000, 100_000];
const QUERIES = ['zhang', 'peizhenfei', 'wei li', 'canoglu', '裴振', 'xu', 'chen', 'onur', 'li na', 'zhenfei', 'müller', 'kevin', '张'];
const kb = (n: number) => (n / 1024).toFixed(1);
const DIST = resolve(ROOT, process.argv.find((a) => a.startsWith('--dist='))?.slice('--dist='.length) ?? 'dist');

if (!existsSync(CHROMIUM)) {
  console.error(`No Chromium at ${CHROMIUM}: sudo apt-get install -y chromium (or set CHROMIUM_PATH).`);
  process.exit(1);
}
const failures: string[] = [];
const build = runs('build') ? await buildSection(failures, { coldS: BUDGET.buildColdS, warmS: BUDGET.buildWarmS }) : null;
if (!build && (!existsSync(resolve(ROOT, 'dist/index.html')) || process.argv.includes('--build'))) {
  const built = spawnSync('npx', ['vite', 'build', '--logLevel', 'error'], { cwd: ROOT, stdio: 'inherit' });
  if (built.status !== 0) process.exit(1);
}

const distPath = (url: string) => resolve(DIST, new URL(url).pathname.replace(/^\//, ''));

function fileSize(url: string) {
  const body = readFileSync(distPath(url));
  return { raw: body.length, gzip: gzipSync(body, { level: 9 }).length };
}

function initialAssets() {
  const html = readFileSync(resolve(DIST, 'index.html'), 'utf8');
  const js = [...html.matchAll(/<(?:script[^>]*src|link[^>]*rel="modulepreload"[^>]*href)="([^"]+\.js)"/g)].map((m) => m[1] ?? '');
  const css = [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+\.css)"/g)].map((m) => m[1] ?? '');
  return { js, css };
}

/**
 * Chart code: a script holding Recharts' own components (their class names), whatever its chunk is called.
 * A page's own script that only looks for a drawn chart (`svg.recharts-surface`) is not chart code.
 */
const CHART_CODE = /["'`]recharts-(?:wrapper|layer|line|bar|scatter|area|dot|cartesian-axis|reference-line)\b/;
const isChartCode = (url: string) => CHART_CODE.test(readFileSync(distPath(url), 'utf8'));

/** The scripts (workers included) and style sheets a first visit loads, no input given, until the network is idle. */
async function routeSizes(url: string, page: Page, route: string) {
  const seen = new Set<string>();
  const listener = (response: { url(): string; request(): { resourceType(): string } }) => {
    const type = response.request().resourceType();
    const path = new URL(response.url()).pathname;
    if (type === 'script' || type === 'stylesheet' || path.endsWith('.js')) seen.add(response.url());
  };
  page.on('response', listener);
  const response = await page.goto(`${url}${route}`);
  if (response?.status() !== 200) throw new Error(`${route} answered ${String(response?.status())}: is it in dist/?`);
  await page.waitForLoadState('networkidle');
  page.off('response', listener);
  const sum = (urls: string[]) =>
    urls.reduce(
      (acc, u) => {
        const s = fileSize(u);
        return { raw: acc.raw + s.raw, gzip: acc.gzip + s.gzip, files: acc.files + 1 };
      },
      { raw: 0, gzip: 0, files: 0 },
    );
  const js = [...seen].filter((u) => u.endsWith('.js'));
  const charts = js.filter(isChartCode);
  return {
    route,
    js: sum(js),
    /** The JS that is not chart code: what the page needs before anyone reaches for a chart. */
    jsWithoutCharts: sum(js.filter((u) => !charts.includes(u))),
    css: sum([...seen].filter((u) => u.endsWith('.css'))),
    recharts: charts.length > 0,
  };
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
};

/**
 * The build with `n` generated people in place of data/people.json, served as the rest of the bench is (the
 * same gzipping static host, from a folder of links to dist/ with the generated file written into its data/):
 * what a reader of a community that large gets, rather than a file handed to the page by Playwright.
 */
async function serveWithPeople(n: number) {
  const dir = mkdtempSync(join(tmpdir(), 'bench-people-'));
  for (const entry of readdirSync(DIST)) if (entry !== 'data') symlinkSync(join(DIST, entry), join(dir, entry));
  mkdirSync(join(dir, 'data'));
  for (const entry of readdirSync(join(DIST, 'data')))
    if (entry !== 'people.json') symlinkSync(join(DIST, 'data', entry), join(dir, 'data', entry));
  writeFileSync(join(dir, 'data', 'people.json'), JSON.stringify(generatePeople(n)));
  const host = await serveStatic(dir, '/', { gzip: true });
  return {
    url: host.url,
    close: async () => {
      await host.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function searchLatency(page: Page, n: number) {
  const host = await serveWithPeople(n);
  const { url } = host;
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
  await host.close();
  return {
    n,
    keystrokes: times.length,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    max: Math.max(...times),
    heapMB: heap / 1024 / 1024,
  };
}

/**
 * Records, in the page, the longest task, when the first person card appears (ms since navigation), and each
 * sort's time from the choice (the change event's time stamp) to the frame after the list shows that order.
 */
const LOAD_PROBE = `
  window.__longestTask = 0;
  window.__firstCard = null;
  window.__sorted = {};
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__longestTask = Math.max(window.__longestTask, entry.duration);
  }).observe({ type: 'longtask', buffered: true });
  new MutationObserver((_, observer) => {
    if (document.querySelector('ul[aria-label] > li article')) {
      window.__firstCard = performance.now();
      observer.disconnect();
    }
  }).observe(document, { subtree: true, childList: true });
  document.addEventListener('change', (event) => {
    const select = event.target;
    if (!(select instanceof HTMLSelectElement) || !select.closest('#people-list')) return;
    const sort = select.value;
    const chosen = event.timeStamp;
    const painted = () => requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => { window.__sorted[sort] = performance.now() - chosen; };
      channel.port2.postMessage(null);
    });
    new MutationObserver((_, observer) => {
      if (!document.querySelector('[data-results-sort="' + sort + '"]')) return;
      observer.disconnect();
      painted();
    }).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-results-sort'] });
  }, true);
`;

/** /people with `n` people, fresh: time to first card, longest main-thread task while loading, then each sort's time. */
async function peopleLoad(browserContext: Awaited<ReturnType<typeof chromium.launch>>, n: number) {
  const host = await serveWithPeople(n);
  const { url } = host;
  const context = await browserContext.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript('window.__name = (f) => f;');
  await page.addInitScript(LOAD_PROBE);
  await page.goto(`${url}/people?lang=en`);
  // Waits with a plain selector: a role query computes the accessibility of every element, a task of its own in
  // the page that the longest-task figure would count.
  await page.waitForFunction(
    (text) => [...document.querySelectorAll('[role="status"]')].some((e) => e.textContent.includes(text)),
    `of ${n.toLocaleString('en')} people`,
    { timeout: 120_000 },
  );
  await page.waitForTimeout(500);
  const load = await page.evaluate(() => ({
    firstCardMs: Number(Reflect.get(window, '__firstCard')),
    longestTaskMs: Number(Reflect.get(window, '__longestTask')),
  }));
  // Each sort chosen as a user does. Judged by the time in the page, from the choice to the frame after the
  // list shows it; the time seen from here adds Playwright's round trips (printed beside it).
  const sorts: Record<string, number> = {};
  const sortsWithDriver: Record<string, number> = {};
  for (const sort of ['name', 'roles', 'recent']) {
    const t0 = performance.now();
    await page.locator('#people-list select').selectOption(sort, { timeout: 60_000 });
    await page.locator(`[data-results-sort="${sort}"]`).waitFor({ timeout: 60_000 });
    sortsWithDriver[sort] = performance.now() - t0;
    const inPage = await page.waitForFunction(
      (s) => {
        const sorted: unknown = Reflect.get(window, '__sorted');
        return typeof sorted === 'object' && sorted !== null ? (Reflect.get(sorted, s) as number | undefined) : undefined;
      },
      sort,
      { timeout: 60_000 },
    );
    sorts[sort] = Number(await inPage.jsonValue());
    await page.waitForTimeout(100);
  }
  await context.close();
  await host.close();
  return { n, ...load, sorts, sortsWithDriver };
}

const server = await serveStatic(DIST, '/', { gzip: true });
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
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
  const sizes = [];
  if (runs('sizes')) {
    console.log('\nWhat index.html loads before any route code (KB):');
    console.log(`  JS ${kb(initialJs.raw)} raw, ${kb(initialJs.gzip)} gzip; CSS ${kb(initialCss.raw)} raw, ${kb(initialCss.gzip)} gzip`);
    console.log(`\nJS and CSS each page loads, first visit, no input (KB; JS budget ${String(BUDGET.routeJsGzipKB)} gzipped each):`);
    console.log(['route'.padEnd(30), 'JS raw', 'JS gzip', 'no charts', 'CSS raw', 'CSS gzip', 'files', 'charts'].join('\t'));
  }
  for (const route of runs('sizes') ? ROUTES : []) {
    // A context of its own: nothing cached from the route before.
    const fresh = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const s = await routeSizes(server.url, await fresh.newPage(), route);
    await fresh.close();
    sizes.push(s);
    console.log(
      [
        route.padEnd(30),
        kb(s.js.raw),
        kb(s.js.gzip),
        kb(s.jsWithoutCharts.gzip),
        kb(s.css.raw),
        kb(s.css.gzip),
        s.js.files,
        s.recharts ? 'yes' : 'no',
      ].join('\t'),
    );
    if (s.js.gzip / 1024 > BUDGET.routeJsGzipKB)
      failures.push(`${route} loads ${kb(s.js.gzip)} KB of gzipped JS (budget ${String(BUDGET.routeJsGzipKB)})`);
    if (ROOTS.has(route) && s.recharts) failures.push(`${route} loads chart code`);
  }

  if (runs('search')) {
    console.log('\nPeople search, keystroke to updated list (ms; forced layout, excludes waiting for vsync):');
    console.log(['people'.padStart(8), 'keys', 'p50', 'p95', 'max', 'heap MB'].join('\t'));
  }
  const search = [];
  for (const n of runs('search') ? SIZES : []) {
    const r = await searchLatency(page, n);
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
  const load = runs('load') ? await peopleLoad(browser, LOAD_SIZE) : null;
  if (load) {
    console.log(`\n/people with ${LOAD_SIZE.toLocaleString('en')} people, fresh load (ms):`);
    const slowestSort = Math.max(...Object.values(load.sorts));
    console.log(['first card', 'longest task', ...Object.keys(load.sorts).map((s) => `sort ${s}`)].join('\t'));
    console.log(
      [load.firstCardMs.toFixed(0), load.longestTaskMs.toFixed(0), ...Object.values(load.sorts).map((v) => v.toFixed(1))].join('\t\t'),
    );
    console.log(
      `  each sort seen from the test driver (adds its round trips): ${Object.values(load.sortsWithDriver)
        .map((v) => v.toFixed(1))
        .join(', ')}`,
    );
    if (!(load.firstCardMs <= BUDGET.firstCardMs))
      failures.push(`first card at ${LOAD_SIZE} people after ${load.firstCardMs.toFixed(0)} ms (budget ${BUDGET.firstCardMs})`);
    if (load.longestTaskMs > BUDGET.longestTaskMs)
      failures.push(`a ${load.longestTaskMs.toFixed(0)} ms main-thread task loading ${LOAD_SIZE} people (budget ${BUDGET.longestTaskMs})`);
    if (slowestSort > BUDGET.sortMs)
      failures.push(`sorting ${LOAD_SIZE} people takes ${slowestSort.toFixed(0)} ms (budget ${BUDGET.sortMs})`);
  }

  const lighthouseRuns = SKIP_LIGHTHOUSE ? [] : await runLighthouse(server.url, ROUTES);
  const lighthouse = medianByRoute(lighthouseRuns);
  if (!SKIP_LIGHTHOUSE) {
    console.log('\nLighthouse, mobile, simulated throttling (median of the runs; perf range in brackets):');
    console.log(['route'.padEnd(30), 'runs', 'perf', 'a11y', 'best', 'seo', 'LCP ms', 'TBT ms', 'CLS'].join('\t'));
    for (const r of lighthouse) {
      console.log(
        [
          r.route.padEnd(30),
          r.runs,
          `${String(r.performance)} [${r.performanceRange.join('–')}]`,
          r.accessibility,
          r.bestPractices,
          r.seo,
          Math.round(r.lcpMs),
          Math.round(r.tbtMs),
          r.cls.toFixed(3),
        ].join('\t'),
      );
      const over = (what: string, value: string, budget: string) =>
        failures.push(`${r.route} Lighthouse ${what} ${value} (budget ${budget})`);
      if (r.performance < BUDGET.performance) over('performance', String(r.performance), `≥ ${String(BUDGET.performance)}`);
      const failed = r.failed.length > 0 ? ` [${r.failed.join(', ')}]` : '';
      if (r.accessibility < BUDGET.accessibility)
        over('accessibility', `${String(r.accessibility)}${failed}`, String(BUDGET.accessibility));
      if (r.seo < BUDGET.seo) over('SEO', `${String(r.seo)}${failed}`, String(BUDGET.seo));
      if (r.lcpMs > BUDGET.lcpMs) over('LCP', `${r.lcpMs.toFixed(0)} ms`, `≤ ${String(BUDGET.lcpMs)} ms`);
      if (r.tbtMs > BUDGET.tbtMs) over('TBT', `${r.tbtMs.toFixed(0)} ms`, `≤ ${String(BUDGET.tbtMs)} ms`);
      if (r.cls > BUDGET.cls) over('CLS', r.cls.toFixed(3), `≤ ${String(BUDGET.cls)}`);
    }
  }

  if (!ONLY) {
    mkdirSync(resolve(ROOT, 'test/bench/.out'), { recursive: true });
    writeFileSync(
      resolve(ROOT, 'test/bench/.out/latest.json'),
      JSON.stringify(
        { date: new Date().toISOString(), build, initialJs, initialCss, sizes, search, events, load, lighthouse, lighthouseRuns },
        null,
        2,
      ),
    );
  }
  console.log(`\nBudgets: ${failures.length === 0 ? 'all met' : failures.join('; ')}`);
} finally {
  await browser.close();
  await server.close();
}
if (CHECK && failures.length > 0) process.exit(1);
