import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createGzip } from 'node:zlib';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml; charset=utf-8',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

/**
 * A plain static host, like GitHub Pages: a path that names a file (or a folder with index.html, or a
 * file once `.html` is added) gets it; any other path gets `404.html` with status 404. No SPA fallback: deep links work only if the build
 * wrote a 404.html that boots the app. `base` is the sub-path the site lives under. With `gzip`, text
 * (HTML, scripts, styles, JSON, SVG) is sent gzipped to a browser that accepts it, as GitHub Pages and
 * CDNs send it: what the bench's Lighthouse runs need, since their simulated network counts bytes sent.
 */
export async function serveStatic(
  dir: string,
  base = '/',
  options: { gzip?: boolean } = {},
): Promise<{ url: string; close: () => Promise<void> }> {
  const root = resolve(dir);
  const server = createServer((req, res) => {
    const pathname = (() => {
      try {
        return decodeURIComponent(new URL(req.url ?? '/', 'http://host').pathname);
      } catch {
        return '';
      }
    })();
    const send = (file: string, status: number) => {
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      const gzip =
        options.gzip === true &&
        /^(?:text\/|application\/(?:json|xml)|image\/svg)/.test(type) &&
        /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
      res.writeHead(status, { 'content-type': type, ...(gzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}) });
      const body = createReadStream(file);
      (gzip ? body.pipe(createGzip()) : body).pipe(res);
    };
    const notFound = () => {
      const page = join(root, '404.html');
      if (existsSync(page)) return send(page, 404);
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('404');
    };
    if (!pathname.startsWith(base)) return notFound();
    const file = normalize(join(root, pathname.slice(base.length)));
    if (!file.startsWith(root)) return notFound();
    if (existsSync(file) && statSync(file).isFile()) return send(file, 200);
    const index = join(file, 'index.html');
    if (existsSync(index)) return send(index, 200);
    // Like GitHub Pages, `/en/people/ada-lin` is served from `en/people/ada-lin.html`.
    if (existsSync(`${file}.html`) && statSync(`${file}.html`).isFile()) return send(`${file}.html`, 200);
    return notFound();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((done) => server.close(() => done())) };
}
