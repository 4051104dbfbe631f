import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, afterEach, before, describe, it } from 'node:test';
import { open, ROOT, setup, teardown, closeContexts } from './harness';
import { serveStatic } from './static-host';

before(setup);
afterEach(closeContexts);
after(teardown);

/** Deep links, reloads and in-app navigation on a host that answers unknown paths with 404.html. */
async function walk(url: string, base: string) {
  const { page, context, errors } = await open('');
  try {
    await page.goto(`${url}${base}people?lang=en`);
    await page.getByRole('heading', { level: 1, name: 'People' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'People' }).waitFor();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Community' }).click();
    await page.getByRole('heading', { level: 1, name: 'Community' }).waitFor();
    assert.equal(new URL(page.url()).pathname, `${base}community`);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Community' }).waitFor();
    await page.goto(`${url}${base}no/such/page?lang=en`);
    await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
    // Such a host answers a deep link with 404.html and status 404, which the browser reports for the
    // document itself; the app logs nothing.
    assert.deepEqual(
      errors.filter((e) => !e.startsWith('Failed to load resource: the server responded with a status of 404')),
      [],
    );
  } finally {
    await context.close();
  }
}

describe('a static host without SPA fallback (GitHub Pages)', () => {
  it('the build writes 404.html, the same page as index.html', () => {
    assert.ok(existsSync(join(ROOT, 'dist/404.html')), 'dist/404.html exists');
    assert.equal(readFileSync(join(ROOT, 'dist/404.html'), 'utf8'), readFileSync(join(ROOT, 'dist/index.html'), 'utf8'));
  });

  it('deep links and reloads work at the root', async () => {
    const server = await serveStatic(join(ROOT, 'dist'));
    try {
      await walk(server.url, '/');
    } finally {
      await server.close();
    }
  });

  it('the README images in embed/ are served as SVG and an <img> on another page shows them', async () => {
    const server = await serveStatic(join(ROOT, 'dist'));
    const { page, context, errors } = await open('');
    try {
      const names = ['stars', 'badge-stars', 'badge-people'].flatMap((n) =>
        ['en', 'zh'].flatMap((lang) => ['light', 'dark'].map((theme) => `embed/${lang}/${n}-${theme}.svg`)),
      );
      for (const name of names) {
        const response = await fetch(`${server.url}/${name}`);
        assert.equal(response.status, 200, name);
        assert.match(response.headers.get('content-type') ?? '', /^image\/svg\+xml/, name);
      }
      // Each must decode to a real size, as in a project README's <picture>.
      await page.goto(`${server.url}/404.html`);
      const sizes = await page.evaluate(
        async ([base, files]) =>
          Promise.all(
            files.map(
              (file) =>
                new Promise<[string, number, number]>((done) => {
                  const img = new Image();
                  img.onload = () => done([file, img.naturalWidth, img.naturalHeight]);
                  img.onerror = () => done([file, 0, 0]);
                  img.src = `${base}/${file}`;
                }),
            ),
          ),
        [server.url, names] as const,
      );
      for (const [file, width, height] of sizes) assert.ok(width > 0 && height > 0, `${file} decodes (${String(width)}×${String(height)})`);
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
      await server.close();
    }
  });

  it('deep links and reloads work under BASE_PATH', async () => {
    const outDir = `test/e2e/.artifacts/dist-sub-${process.pid}`;
    const build = spawnSync('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'], {
      cwd: ROOT,
      env: { ...process.env, BASE_PATH: '/some/sub/path/', SITE_URL: 'https://community.example.org' },
      encoding: 'utf8',
    });
    assert.equal(build.status, 0, build.stderr);
    const server = await serveStatic(join(ROOT, outDir), '/some/sub/path/');
    try {
      await walk(server.url, '/some/sub/path/');
      // With SITE_URL, every page names its absolute address, its card and the other language.
      const html = await (await fetch(`${server.url}/some/sub/path/zh/people/`)).text();
      const site = 'https://community.example.org/some/sub/path/';
      assert.ok(html.includes(`<meta property="og:image" content="${site}cards/zh/people.png" />`), 'og:image');
      assert.ok(html.includes(`<link rel="canonical" href="${site}zh/people/" />`), 'canonical');
      assert.ok(html.includes(`<link rel="alternate" hreflang="en" href="${site}en/people/" />`), 'alternate');
      const sitemap = await (await fetch(`${server.url}/some/sub/path/sitemap.xml`)).text();
      assert.ok(sitemap.includes(`<loc>${site}en/people/</loc>`), 'sitemap');
      const card = await fetch(`${server.url}/some/sub/path/cards/zh/people.png`);
      assert.equal(card.headers.get('content-type'), 'image/png');
      // The language-first address works under the sub-path too.
      const { page, context } = await open('');
      try {
        await page.goto(`${server.url}/some/sub/path/zh/events`);
        await page.getByRole('heading', { level: 1, name: '活动' }).waitFor();
        await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '社区' }).click();
        await page.getByRole('heading', { level: 1, name: '社区' }).waitFor();
        assert.equal(new URL(page.url()).pathname, '/some/sub/path/zh/community');
      } finally {
        await context.close();
      }
    } finally {
      await server.close();
      rmSync(join(ROOT, outDir), { recursive: true, force: true });
    }
  });
});
