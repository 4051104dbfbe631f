import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, afterEach, before, describe, it } from 'node:test';
import { baseUrl, closeContexts, open, readData, setup, teardown } from './harness';

before(setup);
afterEach(closeContexts);
after(teardown);

type People = { people: { id: string; name: string; roles: { role: string; year: number }[] }[] };
const data = readData('people.json') as People;

describe('/people loads its data in a worker', () => {
  it('the worker loads, validates and indexes people.json; the list, stated vs listed and the CSV follow', async () => {
    const { page, errors } = await open('');
    const worker = page.waitForEvent('worker', { predicate: (w) => /people-load\.worker/.test(w.url()) });
    // The file is fetched once (by the worker), not again by the page.
    let requests = 0;
    page.on('request', (request) => {
      if (request.url().endsWith('/data/people.json')) requests += 1;
    });
    await page.goto(`${baseUrl}/people?lang=en`);
    await worker;
    await page
      .getByRole('status')
      .filter({ hasText: `of ${data.people.length.toLocaleString('en')} people` })
      .waitFor();
    assert.equal(await page.getByRole('list', { name: 'People' }).getByRole('listitem').first().isVisible(), true);
    // The records come after the cards, in slices: the stated-vs-listed table is built from them.
    await page.getByRole('table', { name: 'Stated vs listed' }).waitFor();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: /^Download CSV/ }).click();
    const csv = readFileSync(await (await download).path(), 'utf8');
    assert.equal(csv.trim().split('\n').length, data.people.length + 1);
    assert.equal(requests, 1);
    assert.deepEqual(errors, []);
  });

  it('a record the schema rejects is named by file, record and field, with Retry', async () => {
    const { page, errors } = await open('');
    const broken = structuredClone(data);
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
});
