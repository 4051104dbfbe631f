import { describe, expect, it } from 'vitest';
import { publishedCount } from '@/lib/i18n/published-count';

const i18n = { t: (key: string) => `<${key}>`, number: (n: number) => n.toLocaleString('en') };

describe('publishedCount', () => {
  it('gives a stated count as a number, zero included, and none as not published', () => {
    expect(publishedCount(i18n, 1200)).toBe('1,200');
    expect(publishedCount(i18n, 0)).toBe('0');
    expect(publishedCount(i18n, null)).toBe('<state.notPublished>');
  });
});
