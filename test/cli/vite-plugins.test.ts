// @vitest-environment node
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, type PluginOption } from 'vite';
import { afterEach, describe, expect, it } from 'vitest';
import { cspPlugin } from '@/cli/vite-csp-plugin';
import { dataMiddleware, dataPlugin } from '@/cli/vite-data-plugin';
import { parseDigests } from '@/lib/digests-meta';
import { copyCommunity } from './data-fixture';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const clean of cleanups.splice(0)) clean();
});

/** A minimal app (one page, one script) so that a build takes a fraction of a second; the plugins are what is tested. */
function tinyApp() {
  const root = mkdtempSync(join(tmpdir(), 'app-'));
  cleanups.push(() => rmSync(root, { recursive: true, force: true }));
  writeFileSync(
    join(root, 'index.html'),
    '<!doctype html>\n<html><head><meta charset="UTF-8" /><title>t</title></head><body><script type="module" src="./main.js"></script></body></html>\n',
  );
  writeFileSync(join(root, 'main.js'), 'document.title = "ok";\n');
  return { root, outDir: join(root, 'dist') };
}
function community() {
  const data = copyCommunity();
  cleanups.push(data.remove);
  return data;
}
const buildWith = (root: string, outDir: string, plugins: PluginOption[]) =>
  build({ root, configFile: false, logLevel: 'silent', plugins, build: { outDir, emptyOutDir: true } });

describe('the data plugin at build time', () => {
  it('fails with the file, record and field when the data is invalid', async () => {
    const { root, outDir } = tinyApp();
    const { dir, edit } = community();
    edit('events.json', (json) => Object.assign(json.events[1]!, { year: 'soon' }));
    await expect(buildWith(root, outDir, [dataPlugin({ dir })])).rejects.toThrow(
      /data\/events\.json: record events\[1\] \(id "live-2023-03-02-prism"\), field year: Invalid input: expected number, received string/,
    );
  });

  it('publishes only the datasets and the files the data names, never what a symlink points at', async () => {
    const { root, outDir } = tinyApp();
    const { dir } = community();
    symlinkSync('/proc/self/environ', join(dir, 'env.json'));
    symlinkSync('/etc/passwd', join(dir, 'passwd.json'));
    mkdirSync(join(dir, 'avatars'));
    symlinkSync('/etc/passwd', join(dir, 'avatars/stray.png'));
    writeFileSync(join(dir, 'notes.json'), '{"private": true}');
    // What the data folder publishes, not the pages (prerendered in the browser tests' build).
    await buildWith(root, outDir, [dataPlugin({ dir, pages: false })]);
    expect(readdirSync(join(outDir, 'data')).sort()).toEqual([
      'community.json',
      'ecosystem.json',
      'events.json',
      'logo.svg',
      'media.json',
      'people.json',
      'sources.json',
      'star-snapshots.json',
      'stars.json',
    ]);
  });

  it('gives the page the SHA-256 of each dataset it validated and published, in a <meta> of its HTML', async () => {
    const { root, outDir } = tinyApp();
    const { dir } = community();
    await buildWith(root, outDir, [dataPlugin({ dir, pages: false })]);
    const html = readFileSync(join(outDir, 'index.html'), 'utf8');
    const content = /<meta name="dataset-digests" content="([^"]*)"/.exec(html)?.[1] ?? '';
    const datasets = readdirSync(join(outDir, 'data')).filter((f) => f.endsWith('.json'));
    expect(datasets.length).toBe(8);
    expect(parseDigests(content)).toEqual(
      Object.fromEntries(
        datasets.map((file) => [
          file,
          createHash('sha256')
            .update(readFileSync(join(outDir, 'data', file)))
            .digest('hex'),
        ]),
      ),
    );
  });

  it('refuses, in one line, a file the data names that is a symlink out of the folder', async () => {
    const { root, outDir } = tinyApp();
    const { dir, edit } = community();
    mkdirSync(join(dir, 'avatars'));
    symlinkSync('/etc/passwd', join(dir, 'avatars/ada.png'));
    edit('people.json', (json) => (json.people[0]!.avatar = 'avatars/ada.png'));
    const failure = buildWith(root, outDir, [dataPlugin({ dir })]);
    await expect(failure).rejects.toThrow(
      'data/people.json: record people[0] (id "ada-lin"), field avatar: data/avatars/ada.png is a symbolic link: only regular files inside the data folder are read and published',
    );
    expect(existsSync(join(outDir, 'data/avatars/ada.png'))).toBe(false);
  });

  it('fails in one line when the data folder does not exist', async () => {
    const { root, outDir } = tinyApp();
    await expect(buildWith(root, outDir, [dataPlugin({ dir: join(root, 'nowhere') })])).rejects.toThrow(
      /data folder .*nowhere does not exist/,
    );
  });
});

describe('the CSP plugin', () => {
  it('writes 404.html, the same page as the built index.html, with the CSP', async () => {
    const { root, outDir } = tinyApp();
    await buildWith(root, outDir, [cspPlugin()]);
    const index = readFileSync(join(outDir, 'index.html'), 'utf8');
    expect(index).toContain(
      `<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' blob:;`,
    );
    expect(readFileSync(join(outDir, '404.html'), 'utf8')).toBe(index);
  });
});

describe('the dev server data handler', () => {
  async function serve(dir: string) {
    const server: Server = createServer((req, res) =>
      dataMiddleware(dir)(req, res, () => {
        res.statusCode = 404;
        res.end('next');
      }),
    );
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    cleanups.push(() => server.close());
    const { port } = server.address() as AddressInfo;
    return (path: string) => fetch(`http://127.0.0.1:${String(port)}${path}`);
  }

  it('answers a broken %-escape with 400 and no stack trace, and still serves the data', async () => {
    const { dir } = community();
    const get = await serve(dir);
    const broken = await get('/%');
    expect(broken.status).toBe(400);
    expect(await broken.text()).toBe('bad request: malformed %-escape in the URL');
    const people = await get('/people.json');
    expect(people.status).toBe(200);
    expect(people.headers.get('content-type')).toBe('application/json; charset=utf-8');
  });

  it('never serves the opt-out requests or the identity decisions', async () => {
    const { dir } = community();
    const get = await serve(dir);
    const response = await get('/withheld.json');
    expect(response.status).toBe(404);
    expect(await response.text()).toBe('next');
  });

  it('does not serve what a symlink in the data folder points at', async () => {
    const { dir } = community();
    symlinkSync('/etc/passwd', join(dir, 'env.json'));
    const get = await serve(dir);
    const response = await get('/env.json');
    expect(response.status).toBe(404);
    expect(await response.text()).toBe('not found');
  });
});
