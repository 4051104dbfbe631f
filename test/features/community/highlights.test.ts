import { describe, expect, it } from 'vitest';
import { yearHighlights } from '@/features/community/lib/highlights';
import { communityDataset, ecosystemDataset } from '../../fixtures/community';

describe('yearHighlights', () => {
  const community = communityDataset({
    initiatives: [
      {
        id: 'school',
        name: { zh: '学堂', en: 'School' },
        started: '2024-02',
        description: { zh: '课程', en: 'Courses' },
        source: 'https://example.org/p',
      },
    ],
  });
  const ecosystem = ecosystemDataset({
    committees: [
      { id: 'seaside', city: { zh: '海城', en: 'Seaside' }, founded: '2024-09-01', leaders: [], source: 'https://example.org/p' },
    ],
  });

  it('lists the year’s milestones, awards, committees and initiatives by date (known only by year: first)', () => {
    const items = yearHighlights(2024, community, ecosystem);
    expect(items.map((h) => [h.kind, h.date])).toEqual([
      ['award', '2024'],
      ['initiative', '2024-02'],
      ['milestone', '2024-06'],
      ['committee', '2024-09-01'],
    ]);
  });

  it('is empty for a year with nothing recorded', () => {
    expect(yearHighlights(2023, community, ecosystem)).toEqual([]);
  });
});
