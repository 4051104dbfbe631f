/**
 * The page renderer the build uses to write each page's HTML: src/app/server.tsx compiled by a Vite SSR
 * build (same config, plugins and aliases as the app) into node_modules/.cache/prerender, then imported.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import type { Lang } from '../lib/i18n/format.ts';

/** What src/app/server.tsx's renderPage takes (browser code: not imported here, where DOM types are not). */
type RenderInput = { route: string; lang: Lang; datasets: Readonly<Record<string, unknown>> };

export type PageRenderer = {
  render: (input: RenderInput) => Promise<string>;
  /** A digest of the compiled renderer: the same code renders the same data the same way. */
  digest: string;
};

function isRenderModule(value: unknown): value is { renderPage: PageRenderer['render'] } {
  return value !== null && typeof value === 'object' && typeof Reflect.get(value, 'renderPage') === 'function';
}

export async function buildPageRenderer(root: string, base: string): Promise<PageRenderer> {
  const outDir = join(root, 'node_modules/.cache/prerender/ssr');
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
  const module: unknown = await import(pathToFileURL(join(outDir, 'server.js')).href);
  if (!isRenderModule(module)) throw new Error('src/app/server.tsx does not export renderPage');
  return { render: module.renderPage, digest };
}
