import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { after, afterEach, before, describe, it } from 'node:test';
import { generatePeople } from '../bench/generate-people';
import { baseUrl, closeContexts, open, readData, scrollToSection, setup, teardown } from './harness';

before(setup);
afterEach(closeContexts);
after(teardown);

type People = { people: { id: string; name: string; roles: { role: string; year: number }[] }[] };
const data = readData('people.json') as People;

/** A community of `n` people (the real ones first), as people.json's text. */
const generated = (n: number) => JSON.stringify(generatePeople(n));

describe('/people loads its data on the page, or in a worker when the file is large', () => {
  const cases = [
    {
      what: 'the real file (small) is read, validated and indexed on the page, with no worker',
      body: null,
      people: data.people.length,
      worker: false,
    },
    { what: 'a file over a megabyte goes to the worker as it arrives', body: generated(4000), people: 4000, worker: true },
  ];
  for (const c of cases) {
    it(`${c.what}; the list, stated vs listed and the CSV follow, from one request`, async () => {
      const { page, errors } = await open('');
      if (c.body !== null) {
        const body = c.body;
        assert.ok(Buffer.byteLength(body) > 1 << 20);
        await page.route('**/data/people.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body }));
      }
      const workers: string[] = [];
      page.on('worker', (w) => workers.push(w.url()));
      // What the page asks its worker for: the records come in slices, and only when something needs them.
      await page.addInitScript(`
        window.__askedForRecords = 0;
        const post = Worker.prototype.postMessage;
        Worker.prototype.postMessage = function (message, ...rest) {
          if (message && message.type === 'slice') window.__askedForRecords += 1;
          return post.call(this, message, ...rest);
        };
      `);
      const askedForRecords = () => page.evaluate(() => Number(Reflect.get(window, '__askedForRecords')));
      let requests = 0;
      page.on('request', (request) => {
        if (request.url().endsWith('/data/people.json')) requests += 1;
      });
      await page.goto(`${baseUrl}/people?lang=en`);
      await page
        .getByRole('status')
        .filter({ hasText: `of ${c.people.toLocaleString('en')} people` })
        .waitFor();
      assert.equal(await page.getByRole('list', { name: 'People' }).getByRole('listitem').first().isVisible(), true);
      // Stated vs listed needs the file's counts and the index, not the records: a worker keeps those until the CSV.
      await scrollToSection(page, 'stated-vs-listed');
      await page.getByRole('table', { name: 'Stated vs listed' }).waitFor();
      assert.equal(await askedForRecords(), 0);
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: /^Download CSV/ }).click();
      const csv = readFileSync(await (await download).path(), 'utf8');
      assert.equal(csv.trim().split('\n').length, c.people + 1);
      assert.equal((await askedForRecords()) > 0, c.worker);
      assert.equal(requests, 1);
      assert.equal(
        workers.some((url) => /people-load\.worker/.test(url)),
        c.worker,
      );
      assert.deepEqual(errors, []);
    });
  }

  it('the worker trusts a large file the build validated (its digest in the page) and checks any other', async () => {
    // A record the schema rejects: only a file the build did not validate is checked, and so refused.
    const broken = JSON.parse(generated(4000)) as People;
    Reflect.set(broken.people[1]?.roles[0] ?? {}, 'year', 1900);
    const body = JSON.stringify(broken);
    const digest = createHash('sha256').update(body).digest('hex');
    const shown: string[] = [];
    for (const recorded of [false, true]) {
      const { page, context, errors } = await open('');
      const workers: string[] = [];
      page.on('worker', (w) => workers.push(w.url()));
      await page.route('**/data/people.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body }));
      if (recorded) {
        // As if the build had validated this very text: the page's digest of people.json is this file's.
        await page.route(/\/people(\/|\?|$)/, async (route) => {
          const response = await route.fetch();
          const html = (await response.text()).replace(/people\.json:[0-9a-f]{64}/, `people.json:${digest}`);
          await route.fulfill({ response, body: html });
        });
      }
      await page.goto(`${baseUrl}/people?lang=en`);
      const refused = page.getByRole('alert').filter({ hasText: 'people[1]' });
      // Shown, the list has stated vs listed below it (rendered when the reader goes there).
      await refused.or(page.locator('#stated-vs-listed')).first().waitFor();
      if ((await refused.count()) === 0) await scrollToSection(page, 'stated-vs-listed');
      await refused
        .or(page.getByRole('table', { name: 'Stated vs listed' }))
        .first()
        .waitFor();
      shown.push((await refused.count()) > 0 ? 'refused' : 'shown');
      assert.ok(
        workers.some((url) => /people-load\.worker/.test(url)),
        'the file went to the worker',
      );
      if (!recorded) errors.splice(0);
      assert.deepEqual(errors, []);
      await context.close();
    }
    assert.deepEqual(shown, ['refused', 'shown']);
  });

  for (const size of ['small', 'large'] as const) {
    it(`a record the schema rejects in a ${size} file is named by file, record and field, with Retry`, async () => {
      const { page, errors } = await open('');
      const broken = size === 'small' ? structuredClone(data) : (JSON.parse(generated(4000)) as People);
      const target = broken.people[1];
      assert.ok(target);
      Reflect.set(target.roles[0] ?? {}, 'year', 1900);
      await page.route('**/data/people.json', (route) =>
        route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(broken) }),
      );
      await page.goto(`${baseUrl}/people?lang=en`);
      const alert = page.getByRole('alert');
      await alert.filter({ hasText: `people[1] (id "${target.id}")` }).waitFor();
      assert.match(await alert.innerText(), /data\/people\.json[\s\S]*roles\.0\.year[\s\S]*1900/);
      await page.unroute('**/data/people.json');
      await page.getByRole('button', { name: 'Retry' }).click();
      await page
        .getByRole('status')
        .filter({ hasText: /of [\d,]+ people/ })
        .waitFor();
      assert.deepEqual(
        errors.filter((e) => !/Failed to load resource/.test(e)),
        [],
      );
    });
  }
});
