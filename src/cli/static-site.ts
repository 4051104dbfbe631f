/**
 * What the build writes beside the app once its files are out: a page of its own for every route and
 * person in each language (static-pages.ts), each page's share card (share-cards.ts, reused from the
 * cache when its content did not change) and, with an absolute site URL, sitemap.xml.
 * Loaded through tsx by the data plugin.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { latestDate } from '@/lib/sources';
import type { Loaded } from './check.ts';
import { buildPageRenderer, chartDrawer } from './prerender.ts';
import { DATASETS } from './registry.ts';
import { cardRenderer, type CardInput } from './share-cards.ts';
import { pageHtml, PAGE_LANGS, sitemap, staticPages, type PageOptions, type StaticPage } from './static-pages.ts';

export type StaticSiteResult = { pages: number; cards: number; drawn: number; missing: string[] };

function write(path: string, data: string | Uint8Array) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, data);
}

export async function writeStaticSite(
  outDir: string,
  input: CardInput,
  options: PageOptions & {
    asOf: string;
    cacheDir: string;
    /** Called with every page before any is written (to start slow work that runs meanwhile). */
    start?: (pages: readonly StaticPage[]) => void;
    body: (page: StaticPage) => Promise<string>;
  },
): Promise<StaticSiteResult> {
  const template = readFileSync(join(outDir, 'index.html'), 'utf8');
  const pages = PAGE_LANGS.flatMap((lang) => staticPages(input, lang, options.asOf));
  const renderer = await cardRenderer(input.css, input.community.color, options.cacheDir);
  const missing = renderer.missing(pages.map((p) => p.card));
  if (missing.length > 0) return { pages: 0, cards: 0, drawn: 0, missing };
  let drawn = 0;
  options.start?.(pages);
  // People's pages first: what the other pages wait for (their charts) is drawn meanwhile.
  const people = pages.filter((p) => p.kind === 'profile');
  for (const page of [...people, ...pages.filter((p) => p.kind !== 'profile')]) {
    write(join(outDir, page.file), pageHtml(template, page, options, await options.body(page)));
    const card = await renderer.render(page.card);
    if (card.fresh) drawn += 1;
    write(join(outDir, page.image), card.png);
  }
  const map = sitemap(pages, options);
  if (map !== undefined) write(join(outDir, 'sitemap.xml'), map);
  return { pages: pages.length, cards: pages.length, drawn, missing };
}

class PageProblem extends Error {}

/**
 * What a prerendered page must not hold: a style attribute or an inline script (the CSP blocks both), or a
 * chart Recharts rendered on the server (its chart was not drawn at build, so it would show empty).
 */
export function markupProblem(html: string): string | undefined {
  if (/<script[\s>]/i.test(html)) return 'holds an inline script (the CSP forbids it)';
  if (/recharts-/.test(html)) return 'holds a chart that was not drawn at build (see src/cli/draw-charts-child.ts)';
  if (/<[^>]+\sstyle=/i.test(html)) return 'holds a style attribute (the CSP forbids it)';
  return undefined;
}

/** `SITE_URL`: where the site is served, before the base (https://community.example.org); undefined when unset. */
export function parseSiteUrl(raw: string | undefined): { url?: string; problem?: string } {
  if (raw === undefined || raw.trim() === '') return {};
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { problem: `SITE_URL "${raw}" is not a URL: set it to where the site is served, such as https://community.example.org` };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { problem: `SITE_URL "${raw}" must start with https:// (or http://)` };
  if (url.search || url.hash || url.username || url.password)
    return { problem: `SITE_URL "${raw}" must be a plain address without query, fragment or credentials` };
  return { url: `${url.origin}${url.pathname.replace(/\/$/, '')}` };
}

/** The build's entry: from the validated data to pages, cards and sitemap, or the one problem that stops the build. */
export async function buildStaticSite(
  outDir: string,
  loaded: Loaded,
  options: { base: string; siteUrl: string | undefined; root: string; scripts?: PageOptions['scripts'] },
): Promise<{ problem?: string; notes: string[] }> {
  const { community, people, events, stars, snapshots, sources } = loaded;
  if (!community || !people || !events || !stars || !sources) return { notes: [] };
  const site = parseSiteUrl(options.siteUrl);
  if (site.problem !== undefined) return { problem: site.problem, notes: [] };
  const css = readFileSync(fileURLToPath(new URL('../styles.css', import.meta.url)), 'utf8');
  const started = performance.now();
  const renderer = await buildPageRenderer(options.root, options.base);
  // The validated data by file name, as the app's queries hold it.
  const datasets: Record<string, unknown> = {};
  for (const [key, definition] of Object.entries(DATASETS)) {
    const data: unknown = Reflect.get(loaded, key);
    if (data !== undefined) datasets[definition.file] = data;
  }
  // Charts are drawn in another process meanwhile: every route's (people's pages have none) from the start.
  const drawer = chartDrawer(renderer, datasets, fileURLToPath(new URL('../../node_modules/.cache/prerender/charts', import.meta.url)));
  const charts = new Map<string, ReturnType<typeof drawer.charts>>();
  const chartsOf = (page: StaticPage) => {
    if (page.route.startsWith('/people/')) return Promise.resolve({});
    const key = `${page.lang} ${page.route}`;
    const drawing = charts.get(key) ?? drawer.charts(page.route, page.lang);
    charts.set(key, drawing);
    return drawing;
  };
  const result = await writeStaticSite(
    outDir,
    { community, people, events, stars, snapshots, css },
    {
      base: options.base,
      siteUrl: site.url,
      siteName: { en: community.name.en, zh: community.name.zh },
      scripts: options.scripts,
      asOf: latestDate(sources.sources) ?? '',
      cacheDir: fileURLToPath(new URL('../../node_modules/.cache/share-cards', import.meta.url)),
      start: (pages) => pages.forEach((page) => void chartsOf(page).catch(() => undefined)),
      body: async (page) => {
        const html = await renderer.render({ route: page.route, lang: page.lang, datasets, charts: await chartsOf(page) });
        const problem = markupProblem(html);
        if (problem !== undefined) throw new PageProblem(`the page ${page.path} ${problem}`);
        return html;
      },
    },
  )
    .catch((error: unknown) => {
      if (error instanceof PageProblem) return error;
      throw error;
    })
    .finally(() => drawer.close());
  if (result instanceof PageProblem) return { problem: result.message, notes: [] };
  if (result.missing.length > 0)
    return {
      problem: `the share cards' font lacks ${result.missing.map((c) => `"${c}" (U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')})`).join(', ')}: run npm run fonts:subset (it needs Debian's fonts-noto-cjk and fonts-dejavu-core) and commit src/cli/fonts/`,
      notes: [],
    };
  const notes = [
    `${String(result.pages)} pages prerendered with their share cards (${String(result.drawn)} drawn, ${String(result.cards - result.drawn)} unchanged) and ${String(drawer.counts().drawn)} chart drawings (${String(drawer.counts().cached)} unchanged) in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  ];
  if (site.url === undefined)
    notes.push('SITE_URL is not set: pages carry no canonical link, og:url or og:image (they need absolute addresses); see the README');
  return { notes };
}
