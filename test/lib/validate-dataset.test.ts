import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { DatasetError } from '@/lib/dataset-error';
import { parseDataset, validateDataset } from '@/lib/validate-dataset';
import { peopleDataset } from '@/features/people/schema';
import { eventsDataset } from '@/features/events/schema';

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
    const error = errorOf(() =>
      validateDataset(
        'data/x.json',
        {
          items: [
            { id: 'a', year: 1 },
            { id: 'b', year: 'x' },
          ],
        },
        schema,
      ),
    );
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
    const person = {
      id: 'x',
      name: 'X',
      aliases: [],
      evidence: [],
      notes: [],
      searchKeys: ['x'],
      roles: [{ role: 'speaker', year: 2022, listedAs: 'X', source: 'javascript:alert(1)' }],
    };
    const error = errorOf(() => validateDataset('data/people.json', { people: [person], counts: [] }, peopleDataset));
    expect(error.issues[0]).toMatchObject({ record: 'people[0] (id "x")', field: 'roles.0.source', message: 'must be an http(s) URL' });
  });

  it('accepts a leading UTF-8 byte order mark', () => {
    expect(parseDataset('data/x.json', '\uFEFF{"items": []}', schema)).toEqual({ items: [] });
  });

  it('says what was expected, not "Invalid input" alone', () => {
    const person = {
      id: 'x',
      name: 'X',
      aliases: [],
      evidence: [],
      notes: [],
      searchKeys: ['x'],
      roles: [{ role: 'speaker', year: 1900, listedAs: 'X', source: 'https://x.org/' }],
    };
    const error = errorOf(() => validateDataset('data/people.json', { people: [person], counts: [] }, peopleDataset));
    expect(error.issues[0]).toMatchObject({ field: 'roles.0.year', message: 'Too small: expected number to be >=1990, got 1900' });
  });

  it('rejects a date that does not exist and a key the schema does not know', () => {
    const event = {
      id: 'e',
      type: 'live',
      year: 2021,
      date: '2021-02-30',
      mode: 'online',
      title: { zh: 't' },
      talks: [],
      source: 'https://x.org/',
      nmae: 'x',
    };
    const error = errorOf(() => validateDataset('data/events.json', { events: [event], stated: [] }, eventsDataset));
    expect(error.issues.map((i) => i.message)).toEqual(expect.arrayContaining(['must be a date that exists', 'Unrecognized key: "nmae"']));
  });
});
