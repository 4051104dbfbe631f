import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
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

  it('publishes nothing that names a person withheld at their request, and no page shows them', async () => {
    type Request = { id: string; mode: 'id-only' | 'hidden'; shownAs?: string; names: string[] };
    const requests = (read('withheld.json') as { requests: Request[] }).requests;
    assert.deepEqual(requests.map((r) => r.mode).sort(), ['hidden', 'id-only'], 'the made-up community has one of each');
    const dataDir = join(ROOT, outDir, 'data');
    assert.equal(existsSync(join(dataDir, 'withheld.json')), false, 'the requests are not published');
    const forbidden = requests.flatMap((r) => [...r.names, r.id]);
    for (const file of readdirSync(dataDir).filter((f) => f.endsWith('.json'))) {
      const text = readFileSync(join(dataDir, file), 'utf8');
      for (const name of forbidden) assert.ok(!text.includes(name), `data/${file} names "${name}"`);
    }
    const idOnly = requests.find((r) => r.mode === 'id-only');
    const { page, context, errors } = await open('', { lang: 'en', width: 1024 });
    try {
      for (const route of ['/people', '/events', '/community', `/people/${idOnly?.shownAs?.toLowerCase() ?? ''}`]) {
        await page.goto(`${server!.url}${route}?lang=en`);
        await page.getByRole('heading', { level: 1 }).first().waitFor();
        await page.waitForLoadState('networkidle');
        const text = await page.locator('body').innerText();
        for (const name of forbidden) assert.ok(!text.includes(name), `${route} shows "${name}"`);
      }
      // The id-only person's page says why only an ID is shown.
      await page.getByText('Listed by ID only, at their request').waitFor();
      await page.goto(`${server!.url}/people/${requests.find((r) => r.mode === 'hidden')?.id ?? ''}?lang=en`);
      await page.getByText(/Nobody with the ID/).waitFor();
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
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
