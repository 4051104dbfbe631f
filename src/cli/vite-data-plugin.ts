import type { IncomingMessage, ServerResponse } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';
import type { Plugin } from 'vite';
import { formatIssue } from '../lib/dataset-error.ts';
import { DIGESTS_META, formatDigests } from '../lib/digests-meta.ts';
import { checkDataDir } from './check.ts';
import { pageChunks } from './page-chunks.ts';
import { dataDirOf, dataFileProblem, readDataFile } from './lib/data-dir.ts';
import type { Registry } from './registry.ts';
import type { Loaded } from './check.ts';
import type { EmbedFile, EmbedInput } from './embeds.ts';
import type { buildStaticSite } from './static-site.ts';

/** What the data folder may serve: datasets and images at its top, and portraits in avatars/. */
const SERVED = /^(?:avatars\/)?[\w-][\w.-]*\.(json|svg|png|jpe?g|webp)$/;
const PRIVATE = new Set(['identity.json', 'withheld.json']);
const TYPES: Record<string, string> = {
  json: 'application/json; charset=utf-8',
  svg: 'image/svg+xml',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  webp: 'image/webp',
};
const contentType = (name: string) => TYPES[name.split('.').pop() ?? ''] ?? 'application/octet-stream';

function isRegistry(value: unknown): value is Registry {
  if (value === null || typeof value !== 'object') return false;
  const expected = ['community', 'sources', 'people', 'stars', 'snapshots', 'events', 'media', 'ecosystem'];
  return expected.every((key) => {
    const definition: unknown = Reflect.get(value, key);
    return (
      definition !== null &&
      typeof definition === 'object' &&
      typeof Reflect.get(definition, 'file') === 'string' &&
      typeof Reflect.get(definition, 'loadSchema') === 'function'
    );
  });
}

/**
 * The dataset definitions, loaded through tsx: they import with the `@/` alias, which Vite's bundling of
 * its own config does not resolve, so they cannot be imported statically from here.
 */
async function loadRegistry(): Promise<Registry> {
  const module: unknown = await tsImport(fileURLToPath(new URL('./registry.ts', import.meta.url)), import.meta.url);
  const registry: unknown = module !== null && typeof module === 'object' ? Reflect.get(module, 'DATASETS') : undefined;
  if (!isRegistry(registry)) throw new Error('src/cli/registry.ts does not export DATASETS');
  return registry;
}

type EmbedsModule = { embedFiles: (input: EmbedInput) => EmbedFile[] };
function isEmbedsModule(value: unknown): value is EmbedsModule {
  return value !== null && typeof value === 'object' && typeof Reflect.get(value, 'embedFiles') === 'function';
}

/** The README images (embed/): drawn from the validated data, through tsx for the same reason as the registry. */
async function embeds(loaded: Loaded): Promise<EmbedFile[]> {
  const { community, stars, snapshots, people } = loaded;
  if (!community || !stars || !people) return [];
  const module: unknown = await tsImport(fileURLToPath(new URL('./embeds.ts', import.meta.url)), import.meta.url);
  if (!isEmbedsModule(module)) throw new Error('src/cli/embeds.ts does not export embedFiles');
  const css = readFileSync(fileURLToPath(new URL('../styles.css', import.meta.url)), 'utf8');
  return module.embedFiles({ community, stars, snapshots, people, css });
}

type StaticSiteModule = { buildStaticSite: typeof buildStaticSite };
function isStaticSiteModule(value: unknown): value is StaticSiteModule {
  return value !== null && typeof value === 'object' && typeof Reflect.get(value, 'buildStaticSite') === 'function';
}

/**
 * Stops the build over a data problem. Under the `vite build` command the problem is printed as one block
 * and the process exits 1 (Vite would print its own stack trace under any error thrown); called through
 * Vite's API (tests), it is an error whose message is the block.
 */
function stop(message: string): never {
  if (/[\\/]vite(?:\.js)?$/.test(process.argv[1] ?? '')) {
    console.error(`\nThe build stopped: ${message}`);
    process.exit(1);
  }
  const error = new Error(message);
  error.stack = message;
  throw error;
}

/**
 * The dev server's `<base>data/` handler: serves files of the data folder (regular files inside
 * it only); a malformed URL is a 400, a file it does not have a 404, never a stack trace.
 */
export function dataMiddleware(dataDir: string) {
  return (req: IncomingMessage, res: ServerResponse, next: () => void): void => {
    let name: string;
    try {
      name = decodeURIComponent((req.url ?? '').split('?')[0] ?? '').replace(/^\/+/, '');
    } catch {
      res.statusCode = 400;
      res.setHeader('content-type', 'text/plain; charset=utf-8');
      res.end('bad request: malformed %-escape in the URL');
      return;
    }
    // The reviewed identity decisions and opt-out requests stay in the data folder: never served, never published.
    if (!SERVED.test(name) || PRIVATE.has(name)) return next();
    let body: Buffer;
    try {
      body = readDataFile(dataDir, name);
    } catch {
      res.statusCode = 404;
      res.setHeader('content-type', 'text/plain; charset=utf-8');
      res.end('not found');
      return;
    }
    res.setHeader('content-type', contentType(name));
    res.setHeader('cache-control', 'no-cache');
    res.end(body);
  };
}

/**
 * Serves the data folder (`DATA_DIR`, default data/) at <base>data/ in dev (preview serves the built copy). At build time it
 * validates every dataset (failing the build with the same messages as `npm run check:data`) and publishes
 * only the known datasets and the files the data references (logo, portraits): never a symlink, never
 * anything that resolves outside the folder, never a file the data does not name.
 */
export function dataPlugin(
  options: { dir?: string; /** Write the pages, cards and charts (default true). */ pages?: boolean } = {},
): Plugin {
  let dataDir = '';
  let base = '/';
  let building = false;
  const writePages = options.pages !== false;
  /** The build of the page renderer (prerender.ts) runs this config too: it publishes nothing. */
  let rendererBuild = false;
  let validated: Loaded | undefined;
  let digests: Record<string, string> = {};
  return {
    name: 'community-data',
    configResolved(config) {
      dataDir = dataDirOf(config.root, options.dir);
      base = config.base;
      building = config.command === 'build';
      rendererBuild = Boolean(config.build.ssr);
    },
    configureServer(server) {
      server.middlewares.use(`${base}data/`, dataMiddleware(dataDir));
    },
    async buildStart() {
      if (rendererBuild) return;
      if (!existsSync(dataDir) || !statSync(dataDir).isDirectory()) {
        const message = `data folder ${dataDir} does not exist (set DATA_DIR to another community's data folder, or leave it unset for data/)`;
        if (building) stop(message);
        return this.warn(message);
      }
      const checked = await checkDataDir(dataDir, await loadRegistry());
      const { issues, published, loaded } = checked;
      validated = loaded;
      digests = checked.digests;
      if (!building) {
        // In dev the page itself shows each broken dataset; the server keeps running.
        for (const issue of issues) this.warn(formatIssue(issue));
        return;
      }
      if (issues.length > 0) {
        stop(
          `${dataDir} is invalid (${String(issues.length)} problem${issues.length === 1 ? '' : 's'}):\n${issues.map((i) => `  ${formatIssue(i)}`).join('\n')}`,
        );
      }
      for (const name of published) {
        const problem = dataFileProblem(dataDir, name);
        if (problem !== undefined) stop(problem);
        this.emitFile({ type: 'asset', fileName: `data/${name}`, source: readDataFile(dataDir, name) });
      }
      for (const file of await embeds(loaded)) this.emitFile({ type: 'asset', ...file });
    },
    /**
     * The digests of the texts just validated, in the page (build only: the dev server's files can change
     * under it, so there the page validates everything). Every prerendered page starts from this index.html.
     */
    transformIndexHtml: {
      order: 'post',
      handler() {
        if (!building || rendererBuild) return;
        return [{ tag: 'meta', attrs: { name: DIGESTS_META, content: formatDigests(digests) }, injectTo: 'head' }];
      },
    },
    /** Once index.html is written: a page of its own per route and person and language, with its share card. */
    async writeBundle(options, bundle) {
      if (!building || validated === undefined || options.dir === undefined || !writePages) return;
      const module: unknown = await tsImport(fileURLToPath(new URL('./static-site.ts', import.meta.url)), import.meta.url);
      if (!isStaticSiteModule(module)) throw new Error('src/cli/static-site.ts does not export buildStaticSite');
      // The pages are the dashboard's own (src/app/server.tsx, with this config), whatever root this build has.
      const appRoot = fileURLToPath(new URL('../..', import.meta.url));
      const result = await module.buildStaticSite(options.dir, validated, {
        base,
        siteUrl: process.env.SITE_URL,
        root: appRoot,
        scripts: pageChunks(bundle),
      });
      if (result.problem !== undefined) stop(result.problem);
      for (const line of result.notes) this.info(line);
    },
  };
}
