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

  it('deep links and reloads work under BASE_PATH', async () => {
    const outDir = `test/e2e/.artifacts/dist-sub-${process.pid}`;
    const build = spawnSync('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'], {
      cwd: ROOT,
      env: { ...process.env, BASE_PATH: '/some/sub/path/' },
      encoding: 'utf8',
    });
    assert.equal(build.status, 0, build.stderr);
    const server = await serveStatic(join(ROOT, outDir), '/some/sub/path/');
    try {
      await walk(server.url, '/some/sub/path/');
    } finally {
      await server.close();
      rmSync(join(ROOT, outDir), { recursive: true, force: true });
    }
  });
});
