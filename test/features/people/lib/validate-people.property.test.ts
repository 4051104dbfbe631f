import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DatasetError } from '@/lib/dataset-error';
import { validateDataset } from '@/lib/validate-dataset';
import { peopleDataset, person as personSchema } from '@/features/people/schema';
import { validatePeopleDataset, validPeople } from '@/features/people/lib/validate-people';
import { peopleCrowd, person, roleEntry } from '../../../fixtures/people';
import { POST_2023 } from '../../../fixtures/sources';

// A record with every optional field, so that a mutation can reach each of them.
const full = person({
  id: 'ada-lin',
  name: 'Ada Lin',
  nameZh: '林艾达',
  github: 'adalin',
  avatar: 'avatars/ada-lin.png',
  aliases: ['Ada'],
  listing: 'id-only',
  roles: [roleEntry({ role: 'speaker', year: 2023, listedAs: 'Ada Lin', certificate: 'https://example.org/cert/ada', source: POST_2023 })],
  evidence: [{ kind: 'same-certificate', detail: 'https://example.org/cert/ada', source: POST_2023 }],
  notes: [{ zh: '注', en: 'A note', enTranslated: true }],
});
const records = [full, ...peopleCrowd().people];

/** Where a mutation lands: a field of the record, or a field of its first role, evidence or note. */
const PATHS: (readonly (string | number)[])[] = [
  ...['id', 'name', 'nameZh', 'github', 'aliases', 'avatar', 'roles', 'evidence', 'notes', 'searchKeys', 'listing', 'extra'].map((k) => [
    k,
  ]),
  ...['role', 'year', 'listedAs', 'certificate', 'source', 'extra'].map((k) => ['roles', 0, k]),
  ...['kind', 'detail', 'source', 'extra'].map((k) => ['evidence', 0, k]),
  ...['zh', 'en', 'enTranslated', 'extra'].map((k) => ['notes', 0, k]),
  ['aliases', 0],
  ['searchKeys', 0],
  ['roles', 0],
  ['roles', 1],
];

/** Values near each rule's edges, and any JSON at all. */
const value = fc.oneof(
  fc.constantFrom<unknown>(
    undefined, // the key taken out
    null,
    true,
    0,
    1989,
    1990,
    2100,
    2101,
    2023.5,
    '',
    ' ',
    '\u200B',
    'Ada\u202ELin',
    'x'.repeat(60),
    'x'.repeat(61),
    'ada-lin',
    'Ada-Lin',
    '-ada',
    'a'.repeat(39),
    'a'.repeat(40),
    'avatars/a.png',
    'avatars/a.svg',
    'https://example.org/x',
    'http://example.org',
    'javascript:alert(1)',
    'ftp://example.org',
    'not a url',
    'speaker',
    'station-leader',
    'wizard',
    'same-certificate',
    'id-only',
    'hidden',
    [],
    [''],
    ['a'],
    {},
    { zh: 'a', en: 'b' },
  ),
  fc.string(),
  fc.integer({ min: 1980, max: 2110 }),
  fc.jsonValue(),
);

/** A copy of `record` with `path` set to `next` (or taken out when `next` is undefined). */
function mutate(record: object, path: readonly (string | number)[], next: unknown): unknown {
  const copy: unknown = structuredClone(record);
  let node: unknown = copy;
  for (const key of path.slice(0, -1)) node = typeof node === 'object' && node !== null ? Reflect.get(node, key) : undefined;
  const last = path.at(-1);
  if (typeof node !== 'object' || node === null || last === undefined) return copy;
  if (next === undefined) Reflect.deleteProperty(node, last);
  else Reflect.set(node, last, next);
  return copy;
}

const zodAccepts = (record: unknown) => personSchema.safeParse(record).success;

/** The dataset's result or its DatasetError's issues, to compare two validators by. */
function outcome(run: () => unknown): unknown {
  try {
    return { data: run() };
  } catch (error) {
    if (error instanceof DatasetError) return { kind: error.kind, issues: error.issues };
    throw error;
  }
}

describe('the people fast path answers as the zod schema does (property-based)', () => {
  it('accepts the valid records zod accepts', () => {
    for (const record of records) expect([zodAccepts(record), validPeople([record]) !== null]).toEqual([true, true]);
  });

  it('accepts and rejects one changed field exactly when zod does', () => {
    fc.assert(
      fc.property(fc.constantFrom(...records), fc.constantFrom(...PATHS), value, (record, path, next) => {
        const changed = mutate(record, path, next);
        expect(validPeople([changed]) !== null).toBe(zodAccepts(changed));
      }),
      { numRuns: 600 },
    );
  });

  it('gives the same data, or the same errors naming file, record and field, for a whole file', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...records), fc.constantFrom(...PATHS), value), { maxLength: 4 }),
        fc.boolean(),
        (changes, brokenRest) => {
          const people = [...records, ...changes.map(([record, path, next]) => mutate(record, path, next))];
          const raw = { ...peopleCrowd(), people, ...(brokenRest ? { counts: [{ role: 'wizard' }] } : {}) };
          expect(outcome(() => validatePeopleDataset('data/people.json', raw))).toEqual(
            outcome(() => validateDataset('data/people.json', raw, peopleDataset)),
          );
        },
      ),
      { numRuns: 100 },
    );
  });

  it('answers any JSON value as zod does', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (raw) => {
        expect(validPeople([raw]) !== null).toBe(zodAccepts(raw));
        expect(outcome(() => validatePeopleDataset('data/people.json', raw))).toEqual(
          outcome(() => validateDataset('data/people.json', raw, peopleDataset)),
        );
      }),
      { numRuns: 300 },
    );
  });
});
