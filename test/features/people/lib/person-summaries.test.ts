import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexPeople, rolesByYear } from '@/features/people/lib/filter';
import { summaryAt, summaryColumns } from '@/features/people/lib/person-summaries';
import { ROLES, type Person } from '@/features/people/schema';
import { person, roleEntry } from '../../../fixtures/people';

const text = fc.string({ minLength: 1, maxLength: 8 });
const peopleArb = fc
  .array(
    fc.record({
      name: text,
      nameZh: fc.option(text, { nil: undefined }),
      github: fc.option(fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,6}$/), { nil: undefined }),
      avatar: fc.option(fc.constantFrom('avatars/a.png', 'avatars/b-c.webp'), { nil: undefined }),
      roles: fc.array(fc.record({ role: fc.constantFrom(...ROLES), year: fc.integer({ min: 2019, max: 2024 }) }), {
        minLength: 1,
        maxLength: 5,
      }),
    }),
    { maxLength: 25 },
  )
  .map((list) =>
    list.map((p, i): Person =>
      person({
        id: `p-${i}`,
        name: p.name,
        ...(p.nameZh ? { nameZh: p.nameZh } : {}),
        ...(p.github ? { github: p.github } : {}),
        ...(p.avatar ? { avatar: p.avatar } : {}),
        roles: p.roles.map((r) => roleEntry(r)),
      }),
    ),
  );

describe('cards as columns (what the loading worker posts)', () => {
  it('give back each person’s card fields and roles by year, for any people', () => {
    fc.assert(
      fc.property(peopleArb, (people) => {
        const index = indexPeople(people, ROLES);
        const columns = summaryColumns(people);
        people.forEach((p, i) => {
          const card = summaryAt(columns, index, i);
          expect([card.id, card.name]).toEqual([p.id, p.name]);
          // An absent field stays absent rather than becoming an empty string.
          for (const field of ['nameZh', 'github', 'avatar'] as const) {
            expect(card[field]).toBe(p[field]);
            expect(field in card).toBe(p[field] !== undefined);
          }
          expect(rolesByYear(card)).toEqual(rolesByYear(p));
        });
      }),
      { numRuns: 200 },
    );
  });

  it('keep names with any characters apart (offsets, not separators)', () => {
    const people = [person({ id: 'a', name: 'A\u0000B' }), person({ id: 'b', name: '\u0001', nameZh: '林' })];
    const columns = summaryColumns(people);
    const index = indexPeople(people, ROLES);
    expect(summaryAt(columns, index, 0).name).toBe('A\u0000B');
    expect(summaryAt(columns, index, 1)).toMatchObject({ name: '\u0001', nameZh: '林' });
  });
});
