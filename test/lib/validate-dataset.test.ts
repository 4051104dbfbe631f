import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { DatasetError } from '@/lib/dataset-error';
import { parseDataset, validateDataset } from '@/lib/validate-dataset';
import { peopleDataset } from '@/features/people/schema';

const schema = z.object({ items: z.array(z.object({ id: z.string(), year: z.number() })) });

function errorOf(fn: () => unknown): DatasetError {
  try {
    fn();
  } catch (error) {
    if (error instanceof DatasetError) return error;
    throw error;
  }
  throw new Error('expected a DatasetError');
}

describe('validateDataset', () => {
  it('names the file, the record (with its id) and the field', () => {
    const error = errorOf(() => validateDataset('data/x.json', { items: [{ id: 'a', year: 1 }, { id: 'b', year: 'x' }] }, schema));
    expect(error.issues).toEqual([expect.objectContaining({ file: 'data/x.json', record: 'items[1] (id "b")', field: 'year' })]);
    expect(error.message).toContain('data/x.json: record items[1] (id "b"), field year:');
  });

  it('reports a missing top-level field without a record', () => {
    const error = errorOf(() => validateDataset('data/x.json', {}, schema));
    expect(error.issues[0]).toMatchObject({ record: '', field: 'items' });
  });

  it('turns truncated JSON into a parse error naming the file', () => {
    const error = errorOf(() => parseDataset('data/people.json', '{"people": [', peopleDataset));
    expect(error.kind).toBe('parse');
    expect(error.message).toMatch(/^data\/people.json: not valid JSON/);
  });

  it('rejects links that are not http(s)', () => {
    const person = { id: 'x', name: 'X', aliases: [], evidence: [], notes: [], searchKeys: ['x'], roles: [{ role: 'speaker', year: 2022, listedAs: 'X', source: 'javascript:alert(1)' }] };
    const error = errorOf(() => validateDataset('data/people.json', { people: [person], counts: [] }, peopleDataset));
    expect(error.issues[0]).toMatchObject({ record: 'people[0] (id "x")', field: 'roles.0.source', message: 'must be an http(s) URL' });
  });
});
