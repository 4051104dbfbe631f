import { describe, expect, it } from 'vitest';
import { matchesKeys, normaliseQuery, queryTerm } from '@/features/people/lib/search-keys';

describe('a search query', () => {
  it.each([
    ['@meitan', 'meitan'],
    ['  @@meitan ', 'meitan'],
    ['https://github.com/meitan', 'meitan'],
    ['http://www.github.com/Mei-Tan/', 'Mei-Tan'],
    ['github.com/meitan?tab=repositories', 'meitan'],
    ['https://github.com/meitan#readme', 'meitan'],
    ['mei tan', 'mei tan'],
    ['https://example.org/meitan', 'https://example.org/meitan'],
  ])('“%s” stands for “%s”', (query, term) => {
    expect(queryTerm(query)).toBe(term);
  });

  it('is folded and compared without spaces', () => {
    expect(normaliseQuery(' @Önder Kaya ')).toBe('onderkaya');
    expect(normaliseQuery('https://github.com/MeiTan')).toBe('meitan');
    expect(matchesKeys(['mei tan', 'meitan'], '@MEITAN')).toBe(true);
    expect(matchesKeys(['mei tan'], 'https://github.com/someoneelse')).toBe(false);
  });
});
