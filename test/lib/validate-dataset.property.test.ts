import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DatasetError } from '@/lib/dataset-error';
import { parseDataset, validateDataset } from '@/lib/validate-dataset';
import { peopleDataset } from '@/features/people/schema';
import { eventsDataset } from '@/features/events/schema';

// The small made-up community (a few KB), not the real data: each run clones or cuts a whole file, and the
// property must hold for any community; a 280 KB file cloned 400 times timed out on a busy machine.
const FIXTURE = resolve(import.meta.dirname, '../fixtures/community');
const people = JSON.parse(readFileSync(resolve(FIXTURE, 'people.json'), 'utf8')) as { people: Record<string, unknown>[] };
const events = readFileSync(resolve(FIXTURE, 'events.json'), 'utf8');

/** Runs the validator and returns its DatasetError; anything else thrown fails the property. */
function outcome(run: () => unknown): DatasetError | 'valid' {
  try {
    run();
    return 'valid';
  } catch (error) {
    if (error instanceof DatasetError) return error;
    throw error;
  }
}

describe('the validator on malformed datasets (property-based)', () => {
  it('answers any JSON value with a DatasetError naming the file, never anything else', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = outcome(() => validateDataset('data/people.json', value, peopleDataset));
        if (result === 'valid') return;
        expect(result.issues.length).toBeGreaterThan(0);
        for (const issue of result.issues) {
          expect(issue.file).toBe('data/people.json');
          expect(issue.message).not.toBe('');
        }
      }),
      { numRuns: 150 },
    );
  });

  it('names the record and the field when one field of one record is broken', () => {
    const fields = ['id', 'name', 'roles', 'searchKeys', 'aliases', 'github', 'evidence'];
    fc.assert(
      fc.property(
        fc.nat({ max: people.people.length - 1 }),
        fc.constantFrom(...fields),
        fc.oneof(fc.integer(), fc.constant(null), fc.boolean(), fc.double()),
        (index, field, bad) => {
          const copy = structuredClone(people);
          copy.people[index]![field] = bad;
          const result = outcome(() => validateDataset('data/people.json', copy, peopleDataset));
          expect(result).not.toBe('valid');
          if (result === 'valid') return;
          const id = String(people.people[index]!.id);
          const label = field === 'id' ? `people[${index}]` : `people[${index}] (id "${id}")`;
          expect(result.issues.some((i) => i.record.startsWith(label) && i.field.split('.')[0] === field)).toBe(true);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('turns any truncation of a real file into a parse or schema error naming the file', () => {
    fc.assert(
      fc.property(fc.nat({ max: events.length - 2 }), (cut) => {
        const result = outcome(() => parseDataset('data/events.json', events.slice(0, cut), eventsDataset));
        expect(result).not.toBe('valid');
        if (result === 'valid') return;
        expect(result.message.startsWith('data/events.json')).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});
