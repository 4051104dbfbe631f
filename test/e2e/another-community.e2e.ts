import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, afterEach, before, describe, it } from 'node:test';
import { axeViolations, open, ROOT, setup, startServer, teardown, closeContexts } from './harness';
import { layoutProblems } from './layout';

before(setup);
afterEach(closeContexts);
after(teardown);

/** A second, made-up community: the app must build and work with nothing but its data/. */
const FIXTURE = 'test/fixtures/community';
const read = (file: string): unknown => JSON.parse(readFileSync(join(ROOT, FIXTURE, file), 'utf8'));

describe('another community replaces data/ and rebuilds', () => {
  const outDir = `test/e2e/.artifacts/dist-another-${process.pid}`;
  let server: { url: string; close: () => Promise<void> } | undefined;

  before(async () => {
    const build = spawnSync('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'], {
      cwd: ROOT,
      env: { ...process.env, DATA_DIR: FIXTURE },
      encoding: 'utf8',
    });
    assert.equal(build.status, 0, build.stderr);
    server = await startServer(outDir);
  });
  after(async () => {
    await server?.close();
    rmSync(join(ROOT, outDir), { recursive: true, force: true });
  });

  it('walks every route and every person page in both languages, with no error, no axe violation and no layout defect', async () => {
    const community = read('community.json') as { name: { zh: string; en: string } };
    const people = (read('people.json') as { people: { id: string; name: string; nameZh?: string }[] }).people;
    const routes = ['/', '/stars', '/people', '/events', '/media', '/community', '/about', ...people.map((p) => `/people/${p.id}`)];
    for (const lang of ['en', 'zh'] as const) {
      const { page, context, errors } = await open('', { lang, width: 390 });
      try {
        for (const route of routes) {
          await page.goto(`${server!.url}${route}?lang=${lang}`);
          await page.getByRole('heading', { level: 1 }).first().waitFor();
          await page.waitForLoadState('networkidle');
          assert.equal(await page.getByRole('alert').count(), 0, `${route}: no error shown`);
          assert.ok(
            (await page.locator('header').innerText()).includes(community.name[lang]),
            `${route}: the header names ${community.name[lang]}`,
          );
          const person = people.find((p) => route === `/people/${p.id}`);
          // The headline is in the reader's script: the Chinese name first in zh, where one is published.
          if (person) {
            const shown = lang === 'zh' && person.nameZh ? person.nameZh : person.name;
            await page.getByRole('heading', { level: 1, name: new RegExp(shown.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) }).waitFor();
          }
          assert.deepEqual(await layoutProblems(page), [], `${route} (${lang})`);
          if (route === '/' || route === '/people') assert.deepEqual(await axeViolations(page), [], `${route} (${lang})`);
        }
        assert.deepEqual(errors, []);
      } finally {
        await context.close();
      }
    }
  });
});
