/**
 * The page renderer the build uses to write each page's HTML: src/app/server.tsx compiled by a Vite SSR
 * build (same config, plugins and aliases as the app) into node_modules/.cache/prerender, then imported.
 */
import { fork } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'vite';
import type { Lang } from '../lib/i18n/format.ts';

/** What src/app/server.tsx's renderPage takes (browser code: not imported here, where DOM types are not). */
type RenderInput = {
  route: string;
  lang: Lang;
  datasets: Readonly<Record<string, unknown>>;
  charts?: Readonly<Record<string, { narrow: string; wide: string }>>;
};

export type PageRenderer = {
  render: (input: RenderInput) => Promise<string>;
  /** A digest of the compiled renderer: the same code renders the same data the same way. */
  digest: string;
  /** Where it was compiled to (the chart drawing process imports it from there). */
  url: string;
};

function isRenderModule(value: unknown): value is { renderPage: PageRenderer['render'] } {
  return value !== null && typeof value === 'object' && typeof Reflect.get(value, 'renderPage') === 'function';
}

export async function buildPageRenderer(root: string, base: string): Promise<PageRenderer> {
  // One folder per checkout: git worktrees that share one node_modules must not build into each other's.
  const outDir = join(root, 'node_modules/.cache/prerender', `ssr-${createHash('sha256').update(root).digest('hex').slice(0, 8)}`);
  await build({
    root,
    base,
    configFile: join(root, 'vite.config.ts'),
    logLevel: 'warn',
    mode: 'production',
    build: {
      ssr: join(root, 'src/app/server.tsx'),
      outDir,
      emptyOutDir: true,
      copyPublicDir: false,
      rolldownOptions: { output: { entryFileNames: 'server.js' } },
    },
  });
  const hash = createHash('sha256');
  for (const name of readdirSync(outDir, { recursive: true, encoding: 'utf8' }).sort()) {
    if (name.endsWith('.js')) hash.update(name).update(readFileSync(join(outDir, name)));
  }
  const digest = hash.digest('hex');
  const url = pathToFileURL(join(outDir, 'server.js')).href;
  const module: unknown = await import(url);
  if (!isRenderModule(module)) throw new Error('src/app/server.tsx does not export renderPage');
  return { render: module.renderPage, digest, url };
}

/** The two widths every chart is drawn at: a phone's column and a desktop's (the page shows one by CSS). */
const WIDTHS = { narrow: 300, wide: 800 } as const;

export type ChartDrawer = {
  /** A page's charts in both widths, by chart id (none for a page without charts). */
  charts: (route: string, lang: Lang) => Promise<Record<string, { narrow: string; wide: string }>>;
  /** How many drawings were made, and how many came from the cache. */
  counts: () => { drawn: number; cached: number };
  close: () => void;
};

function isMarkupMap(value: unknown): value is Record<string, string> {
  return value !== null && typeof value === 'object' && Object.values(value).every((v) => typeof v === 'string');
}

/**
 * Draws pages' charts in a child process with a jsdom window (draw-charts-child.ts), one page and width
 * at a time, while this process goes on; a drawing whose renderer and data did not change comes from
 * `cacheDir`.
 */
export function chartDrawer(renderer: PageRenderer, datasets: Readonly<Record<string, unknown>>, cacheDir: string): ChartDrawer {
  mkdirSync(cacheDir, { recursive: true });
  const dataDigest = createHash('sha256').update(JSON.stringify(datasets)).digest('hex');
  let child: ReturnType<typeof fork> | undefined;
  let next = 0;
  let drawn = 0;
  let cached = 0;
  const waiting = new Map<number, { resolve: (charts: Record<string, string>) => void; reject: (error: Error) => void }>();
  const start = () => {
    const started = fork(fileURLToPath(new URL('./draw-charts-child.ts', import.meta.url)), [], {
      execArgv: ['--import', 'tsx'],
      serialization: 'advanced',
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    started.on('message', (message: { id: number; charts?: Record<string, string>; error?: string }) => {
      const job = waiting.get(message.id);
      waiting.delete(message.id);
      if (message.error !== undefined) job?.reject(new Error(`drawing charts: ${message.error}`));
      else job?.resolve(message.charts ?? {});
    });
    started.on('exit', (code) => {
      for (const job of waiting.values()) job.reject(new Error(`the chart drawing process stopped (exit code ${String(code)})`));
      waiting.clear();
      child = undefined;
    });
    started.send({ init: { renderer: renderer.url, datasets } });
    return started;
  };
  const draw = (route: string, lang: Lang, width: number): Promise<Record<string, string>> => {
    const key = createHash('sha256')
      .update([renderer.digest, dataDigest, route, lang, String(width)].join('\n'))
      .digest('hex');
    const file = join(cacheDir, `${key}.json`);
    if (existsSync(file)) {
      const saved: unknown = JSON.parse(readFileSync(file, 'utf8'));
      if (isMarkupMap(saved)) {
        cached += 1;
        return Promise.resolve(saved);
      }
    }
    child ??= start();
    const id = next++;
    return new Promise<Record<string, string>>((resolve, reject) => {
      waiting.set(id, {
        resolve: (charts) => {
          drawn += 1;
          writeFileSync(file, JSON.stringify(charts));
          resolve(charts);
        },
        reject,
      });
      child?.send({ job: { id, route, lang, width } });
    });
  };
  return {
    async charts(route, lang) {
      const [narrow, wide] = await Promise.all([draw(route, lang, WIDTHS.narrow), draw(route, lang, WIDTHS.wide)]);
      const charts: Record<string, { narrow: string; wide: string }> = {};
      for (const [id, markup] of Object.entries(wide)) {
        const small = narrow[id];
        if (small !== undefined) charts[id] = { narrow: small, wide: markup };
      }
      return charts;
    },
    counts: () => ({ drawn, cached }),
    close: () => child?.kill(),
  };
}
