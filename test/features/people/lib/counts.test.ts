import { describe, expect, it } from 'vitest';
import { statedVsListedWithNotes } from '@/features/people/lib/counts';
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
        agrees: false,
        note: { zh: '一人未列出。', en: 'One is not listed.' },
        source: POST_2023,
      },
      { role: 'member', year: 2024, stated: null, listedRows: null, distinct: 1, agrees: true, note: undefined, source: undefined },
    ]);
  });
});
