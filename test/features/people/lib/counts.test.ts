import { describe, expect, it } from 'vitest';
import { roleFigure, statedVsListedWithNotes } from '@/features/people/lib/counts';
import { person, peopleDataset, roleCount, roleEntry } from '../../../fixtures/people';
import { POST_2023 } from '../../../fixtures/sources';

describe('stated vs listed, with notes', () => {
  it('adds each count’s note and source, and nothing where the data has no count', () => {
    const data = peopleDataset({
      people: [
        person({ id: 'a', name: 'A', roles: [roleEntry({ role: 'speaker', year: 2023 })] }),
        person({ id: 'b', name: 'B', roles: [roleEntry({ role: 'speaker', year: 2023 }), roleEntry({ role: 'member', year: 2024 })] }),
      ],
      counts: [
        roleCount({
          role: 'speaker',
          year: 2023,
          stated: 3,
          listedRows: 2,
          note: { zh: '一人未列出。', en: 'One is not listed.' },
          source: POST_2023,
        }),
      ],
    });
    expect(statedVsListedWithNotes(data)).toEqual([
      {
        role: 'speaker',
        year: 2023,
        stated: 3,
        listedRows: 2,
        distinct: 2,
        withheld: 0,
        agrees: false,
        note: { zh: '一人未列出。', en: 'One is not listed.' },
        source: POST_2023,
      },
      {
        role: 'member',
        year: 2024,
        stated: null,
        listedRows: null,
        distinct: 1,
        withheld: 0,
        agrees: true,
        note: undefined,
        source: undefined,
      },
    ]);
  });

  it('counts people not shown at their request with the people listed, and says how many they are', () => {
    const data = peopleDataset({
      people: [person({ id: 'a', name: 'A', roles: [roleEntry({ role: 'speaker', year: 2023 })] })],
      counts: [roleCount({ role: 'speaker', year: 2023, stated: 3, listedRows: 3, wording: '3 位讲师', source: POST_2023 })],
      withheld: [
        { role: 'speaker', year: 2023, people: 2 },
        { role: 'member', year: 2024, people: 1 },
      ],
    });
    const rows = statedVsListedWithNotes(data);
    expect(rows.map((r) => [r.role, r.year, r.distinct, r.withheld, r.agrees])).toEqual([
      ['speaker', 2023, 3, 2, true],
      ['member', 2024, 1, 1, true],
    ]);
    expect(roleFigure(data, 'member', 2024)).toMatchObject({ value: 1, basis: 'listed', listed: 1, withheld: 1 });
    expect(roleFigure(data, 'speaker', 2023)).toMatchObject({ value: 3, basis: 'stated', listed: 3, withheld: 2 });
  });
});
