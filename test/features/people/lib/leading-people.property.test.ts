import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { leadingPeople } from '@/features/people/lib/leading-people';

/** A record with the characters that could trip a scan: quotes, backslashes, brackets and braces inside strings, nesting. */
const recordArb = fc.record({
  id: fc.string({ maxLength: 8 }),
  name: fc.constantFrom('Ada', 'a "quoted" {name}', 'back\\slash]', '张伟', '[{}]', 'x\\"y'),
  roles: fc.array(fc.record({ role: fc.constantFrom('member', 'speaker'), year: fc.integer({ min: 2019, max: 2025 }) }), {
    maxLength: 3,
  }),
  searchKeys: fc.array(fc.string({ maxLength: 4 }), { maxLength: 2 }),
});

/** people.json's text with `people` somewhere among other keys (some holding arrays and a "people" string), and where each record ends. */
const fileArb = fc
  .record({
    people: fc.array(recordArb, { maxLength: 12 }),
    before: fc.boolean(),
    space: fc.constantFrom('', ' ', '\n  '),
  })
  .map(({ people, before, space }) => {
    const other = `"note"${space}:${space}"people",${space}"stated":${space}[{"people":[1,2]}]`;
    let text = `{${space}${before ? `${other},${space}` : ''}"people":${space}[`;
    const ends: number[] = [];
    people.forEach((p, i) => {
      text += `${i > 0 ? `,${space}` : ''}${JSON.stringify(p)}`;
      ends.push(text.length);
    });
    text += `]${before ? '' : `,${space}${other}`}${space}}`;
    return { people, text, ends };
  });

describe('the first people of a file that is still arriving', () => {
  it('are the complete records of the people array in the part that has arrived, up to the limit, as parsed', () => {
    fc.assert(
      fc.property(fileArb, fc.nat(), fc.integer({ min: 1, max: 14 }), ({ people, text, ends }, at, max) => {
        const cut = at % (text.length + 1);
        const complete = ends.filter((end) => end <= cut).length;
        const expected = people.slice(0, Math.min(max, complete));
        expect(leadingPeople(text.slice(0, cut), max)).toEqual(expected.length > 0 ? expected : null);
      }),
      { numRuns: 1000 },
    );
  });

  it('are none where the file has no people array of objects', () => {
    expect(leadingPeople('{"people": {"a": 1}}', 5)).toBeNull();
    expect(leadingPeople('{"people": [1, {"a": 1}]}', 5)).toBeNull();
    expect(leadingPeople('[{"people": [{"a": 1}]}]', 5)).toBeNull();
    expect(leadingPeople('{"x": "people", "y": [{"a": 1}]}', 5)).toBeNull();
  });
});
