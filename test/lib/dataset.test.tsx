import { createHash } from 'node:crypto';
import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as z from 'zod/mini';
import { DATASETS } from '@/cli/registry';
import { DatasetError } from '@/lib/dataset-error';
import { DIGESTS_META, formatDigests, parseDigests } from '@/lib/digests-meta';
import { defineDataset, fetchDataset } from '@/lib/dataset';
import { renderRoute, serveData } from '../render-route';
import { testland } from '../fixtures/datasets';
import { mediaDataset } from '../fixtures/media';

/** What the build recorded, by file, as it writes it into the page: nothing unless a test says which text the build validated. */
function recorded(file: string, digest: string) {
  let meta = document.head.querySelector(`meta[name="${DIGESTS_META}"]`);
  if (!meta) {
    meta = document.createElement('meta');
    meta.setAttribute('name', DIGESTS_META);
    document.head.append(meta);
  }
  meta.setAttribute('content', formatDigests({ ...parseDigests(meta.getAttribute('content') ?? ''), [file]: digest }));
}

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
const schema = z.strictObject({ items: z.array(z.strictObject({ id: z.string(), n: z.number() })) });
const BUILT = '{"items": [{"id": "a", "n": 1}, {"id": "b", "n": 2}]}';

function serve(text: string) {
  vi.stubGlobal(
    'fetch',
    vi.fn(() => Promise.resolve(new Response(text))),
  );
}
/** A dataset whose schema loader is watched: whether the page validated is whether it was called. */
function definition() {
  const loadSchema = vi.fn(() => Promise.resolve(schema));
  return { loadSchema, dataset: defineDataset('x.json', loadSchema) };
}
async function failure(promise: Promise<unknown>): Promise<DatasetError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DatasetError) return error;
    throw error;
  }
  throw new Error('expected a DatasetError');
}

afterEach(() => {
  vi.unstubAllGlobals();
  document.head.querySelector(`meta[name="${DIGESTS_META}"]`)?.remove();
});

describe('fetchDataset', () => {
  it('takes the text the build validated as it is, without loading the schema', async () => {
    recorded('x.json', sha256(BUILT));
    serve(BUILT);
    const { loadSchema, dataset } = definition();
    await expect(fetchDataset(dataset)).resolves.toEqual({
      items: [
        { id: 'a', n: 1 },
        { id: 'b', n: 2 },
      ],
    });
    expect(loadSchema).not.toHaveBeenCalled();
  });

  it('validates a file edited after the build, naming its record and field', async () => {
    recorded('x.json', sha256(BUILT));
    serve(BUILT.replace('"n": 2', '"n": "2"'));
    const { loadSchema, dataset } = definition();
    const error = await failure(fetchDataset(dataset));
    expect(loadSchema).toHaveBeenCalled();
    expect(error.kind).toBe('schema');
    expect(error.issues[0]).toMatchObject({ file: 'data/x.json', record: 'items[1] (id "b")', field: 'n' });
  });

  it('shows a truncated file as not valid JSON', async () => {
    recorded('x.json', sha256(BUILT));
    serve(BUILT.slice(0, 30));
    const error = await failure(fetchDataset(definition().dataset));
    expect(error.kind).toBe('parse');
    expect(error.message).toContain('data/x.json: not valid JSON');
  });

  it('validates a valid file the build did not see (another text), and returns its data', async () => {
    recorded('x.json', sha256(BUILT));
    serve('{"items": []}');
    const { loadSchema, dataset } = definition();
    await expect(fetchDataset(dataset)).resolves.toEqual({ items: [] });
    expect(loadSchema).toHaveBeenCalled();
  });

  it.each([
    ['where there are no digests (the dev server)', () => undefined],
    [
      'where the browser cannot hash it (no Web Crypto outside secure contexts)',
      () => {
        recorded('x.json', sha256(BUILT));
        vi.stubGlobal('crypto', {});
      },
    ],
  ])('validates the built text %s', async (_where, setup) => {
    setup();
    serve(BUILT);
    const { loadSchema, dataset } = definition();
    await expect(fetchDataset(dataset)).resolves.toEqual(JSON.parse(BUILT));
    expect(loadSchema).toHaveBeenCalled();
  });
});

/** Schema kinds that change what they return: the page's unvalidated path would then differ from its validated one. */
const RESHAPING = new Set(['transform', 'default', 'prefault', 'catch', 'pipe', 'codec', 'preprocess']);

function reshapingKinds(node: unknown, seen = new Set<unknown>()): string[] {
  if (node === null || typeof node !== 'object' || seen.has(node)) return [];
  seen.add(node);
  const zod: unknown = Reflect.get(node, '_zod');
  const def: unknown = zod !== null && typeof zod === 'object' ? Reflect.get(zod, 'def') : undefined;
  const found: string[] = [];
  if (def !== null && typeof def === 'object') {
    const type: unknown = Reflect.get(def, 'type');
    const check: unknown = Reflect.get(def, 'check');
    if (typeof type === 'string' && RESHAPING.has(type)) found.push(type);
    if (check === 'overwrite') found.push('overwrite');
    for (const value of Object.values(def)) found.push(...reshapingKinds(value, seen));
  } else {
    for (const value of Array.isArray(node) ? node : Object.values(node)) found.push(...reshapingKinds(value, seen));
  }
  return found;
}

describe('the datasets’ schemas only check', () => {
  it.each(Object.values(DATASETS).map((d) => [d.file, d] as const))('%s: no transform, default or overwrite', async (_file, d) => {
    expect(reshapingKinds(await d.loadSchema())).toEqual([]);
  });
  it.each(Object.values(DATASETS).map((d) => [d.file, d] as const))('%s: returns exactly what it was given', async (file, d) => {
    const json: unknown = JSON.parse(JSON.stringify(testland()[file]));
    expect((await d.loadSchema()).parse(json)).toStrictEqual(json);
  });
  it('the walk finds a transform and a default where there is one', () => {
    const reshaped = z.strictObject({
      a: z._default(z.string(), 'x'),
      b: z.pipe(
        z.string(),
        z.transform((s) => s.length),
      ),
    });
    expect(reshapingKinds(reshaped)).toEqual(expect.arrayContaining(['default', 'pipe', 'transform']));
  });
});

describe('a page over a file edited after the build', () => {
  it('shows the file, record and field that are wrong, with Retry', async () => {
    const built = JSON.stringify(mediaDataset());
    recorded('media.json', sha256(built));
    const edited = built.replace('"value":500', '"value":-5');
    expect(edited).not.toBe(built);
    serveData({ 'media.json': { body: edited } }, testland());
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    renderRoute('/media?lang=en', { onCaughtError: () => undefined });
    const alert = await screen.findByRole('alert', undefined, { timeout: 4000 });
    expect(alert).toHaveTextContent('data/media.json');
    expect(alert).toHaveTextContent('channels[0] (id "chat")');
    expect(alert).toHaveTextContent('figures.0.value');
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeEnabled();
  });

  it('shows the built file’s figures without validating it', async () => {
    const built = JSON.stringify(mediaDataset());
    recorded('media.json', sha256(built));
    serveData({}, { ...testland(), 'media.json': mediaDataset() });
    renderRoute('/media?lang=en');
    expect(await screen.findByText(/“500\+ people”/, undefined, { timeout: 4000 })).toBeInTheDocument();
  });
});
