import { describe, expect, it } from 'vitest';
import { communityYearCards } from '@/features/community/lib/year-cards';
import { ecosystemDataset } from '../../fixtures/community';

describe('communityYearCards', () => {
  it('counts the case studies and awards listed for a year, linking to their section', () => {
    const [cases, awards] = communityYearCards(ecosystemDataset(), 2024);
    expect(cases).toMatchObject({ id: 'cases', value: 1, basis: 'listed', href: '/community#cases' });
    expect(awards).toMatchObject({ id: 'awards', value: 1, href: '/community#awards' });
  });

  it('says not published, with no link, for a year with none', () => {
    expect(communityYearCards(ecosystemDataset(), 2023)[0]).toMatchObject({ value: null, basis: null, href: undefined });
  });
});
