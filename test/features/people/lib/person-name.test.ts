import { describe, expect, it } from 'vitest';
import { headline } from '@/features/people/lib/person-name';

describe('headline', () => {
  it('leads with the Chinese name in zh where one is published, the other name under it', () => {
    const p = { name: 'Mei Tan', nameZh: '谭美' };
    expect(headline(p, 'zh')).toEqual({ primary: { text: '谭美', lang: 'zh-CN' }, secondary: { text: 'Mei Tan', lang: undefined } });
    expect(headline(p, 'en')).toEqual({ primary: { text: 'Mei Tan', lang: undefined }, secondary: { text: '谭美', lang: 'zh-CN' } });
    expect(headline({ name: 'Bo Chen' }, 'zh')).toEqual({ primary: { text: 'Bo Chen', lang: undefined }, secondary: null });
    expect(headline({ name: '谭美', nameZh: '谭美' }, 'en').secondary).toBeNull();
  });
});
