import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { formatIssue } from '../lib/dataset-error.ts';
import { checkDataDir } from './check.ts';

/** What data/ publishes: the datasets and images at its top, and portraits in data/avatars/. */
const SERVED = /^(?:avatars\/)?[\w-][\w.-]*\.(json|svg|png|jpe?g|webp)$/;
const TYPES: Record<string, string> = { json: 'application/json; charset=utf-8', svg: 'image/svg+xml', png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', webp: 'image/webp' };
const contentType = (name: string) => TYPES[name.split('.').pop() ?? ''] ?? 'application/octet-stream';

/**
 * Serves data/ at <base>data/ in dev and preview, and at build time validates every dataset
 * (failing the build with the same messages as `npm run check:data`) and copies data/ into the output.
 */
export function dataPlugin(options: { dir?: string } = {}): Plugin {
  let dataDir = '';
  let base = '/';
  let building = false;
  return {
    name: 'community-data',
    configResolved(config) {
      dataDir = resolve(config.root, options.dir ?? 'data');
      base = config.base;
      building = config.command === 'build';
    },
    configureServer(server) {
      server.middlewares.use(`${base}data/`, (req, res, next) => {
        const name = decodeURIComponent((req.url ?? '').split('?')[0] ?? '').replace(/^\/+/, '');
        if (!SERVED.test(name)) return next();
        try {
          const body = readFileSync(join(dataDir, name));
          res.setHeader('content-type', contentType(name));
          res.setHeader('cache-control', 'no-cache');
          res.end(body);
        } catch {
          res.statusCode = 404;
          res.end('not found');
        }
      });
    },
    buildStart() {
      const { issues } = checkDataDir(dataDir);
      if (!building) {
        // In dev the page itself shows each broken dataset; the server keeps running.
        for (const issue of issues) this.warn(formatIssue(issue));
        return;
      }
      if (issues.length > 0) {
        this.error(`data/ is invalid (${issues.length} problem${issues.length === 1 ? '' : 's'}):\n${issues.map((i) => `  ${formatIssue(i)}`).join('\n')}`);
      }
      const avatars = join(dataDir, 'avatars');
      const files = [...readdirSync(dataDir), ...(existsSync(avatars) ? readdirSync(avatars).map((name) => `avatars/${name}`) : [])];
      for (const name of files) {
        if (!SERVED.test(name)) continue;
        this.emitFile({ type: 'asset', fileName: `data/${name}`, source: readFileSync(join(dataDir, name)) });
      }
    },
  };
}
