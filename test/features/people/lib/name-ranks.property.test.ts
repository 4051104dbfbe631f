import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nameRanks } from '@/features/people/lib/filter';

/** The definition: everyone sorted by the collator, ties by position. */
function collatedRanks(names: readonly string[]): Int32Array {
  const collator = new Intl.Collator(['en', 'zh'], { sensitivity: 'base', numeric: true });
  const order = Array.from(names, (_, i) => i).sort((a, b) => collator.compare(names[a] ?? '', names[b] ?? '') || a - b);
  const rank = new Int32Array(names.length);
  order.forEach((person, at) => (rank[person] = at));
  return rank;
}

// Plain letters and spaces (sorted natively), accented letters (sorted natively once the accents are off),
// and what only the collator orders: digits (numeric order), punctuation, other scripts, dotless ı, ß, ø.
const CHARS = [
  'a',
  'b',
  'z',
  'A',
  'Z',
  ' ',
  ' ',
  'é',
  'Ö',
  'ü',
  'ğ',
  'e\u0301',
  'ı',
  'ß',
  'ø',
  '1',
  '2',
  '10',
  '-',
  "'",
  '.',
  '张',
  '裴',
  'ä',
  '\u00a0',
];
const name = fc.array(fc.constantFrom(...CHARS), { maxLength: 8 }).map((parts) => parts.join(''));

describe('name ranks', () => {
  it('are the collator’s order, ties by position, whatever the mix of names', () => {
    fc.assert(
      fc.property(fc.array(name, { maxLength: 60 }), (names) => {
        expect(nameRanks(names)).toEqual(collatedRanks(names));
      }),
      { numRuns: 400 },
    );
  });

  it('put names that differ only by case or accents in their order in the file', () => {
    const names = ['Zoë Müller', 'zoe muller', 'Ada', 'Zoe Muller', 'ada'];
    expect(Array.from(nameRanks(names))).toEqual([2, 3, 0, 4, 1]);
  });
});
