import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildPeopleIndex, peopleIndex } from '@/features/people/lib/build-index';
import { indexPeople } from '@/features/people/lib/filter';
import { ROLES, type Person } from '@/features/people/schema';
import { person, roleEntry } from '../../../fixtures/people';

const ROLE_YEARS = fc.array(fc.record({ role: fc.constantFrom(...ROLES), year: fc.integer({ min: 2019, max: 2024 }) }), {
  minLength: 1,
  maxLength: 4,
});
const peopleArb = fc
  .array(
    fc.record({
      name: fc.string({ minLength: 1, maxLength: 6 }),
      keys: fc.array(fc.string({ minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 3 }),
      roles: ROLE_YEARS,
    }),
    { maxLength: 30 },
  )
  .map((list) =>
    list.map((p, i): Person => person({ id: `p-${i}`, name: p.name, searchKeys: p.keys, roles: p.roles.map((r) => roleEntry(r)) })),
  );

describe('the people index built in slices', () => {
  it('equals the index built in one go', async () => {
    await fc.assert(
      fc.asyncProperty(peopleArb, async (people) => {
        expect(await buildPeopleIndex(people, ROLES)).toEqual(indexPeople(people, ROLES));
      }),
      { numRuns: 50 },
    );
  });

  it('spans several slices for a long list, and is built once per list', async () => {
    const people = Array.from({ length: 5000 }, (_, i) =>
      person({ id: `p-${i}`, name: `Person ${i % 97} ${i}`, roles: [roleEntry({ year: 2020 + (i % 5) })] }),
    );
    const index = await buildPeopleIndex(people, ROLES);
    expect(index).toEqual(indexPeople(people, ROLES));
    expect(peopleIndex(people, ROLES)).toBe(peopleIndex(people, ROLES));
  });
});
