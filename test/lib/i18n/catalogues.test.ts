import { describe, expect, it } from 'vitest';
import { en, type MessageKey } from '@/lib/i18n/en';
import { zh } from '@/lib/i18n/zh';

/** Messages that are the same in both languages on purpose: product terms and bare placeholders. */
const SAME_IN_BOTH = new Set<MessageKey>([
  'eventType.meetup',
  'eventType.office-hours',
  'media.qualifier.exact',
  'media.qualifier.at-least',
]);

/** Latin words a Chinese reader sees in Chinese UI text: product and format names, as Chinese tech writing uses them. */
const LATIN_IN_ZH = /\b(?:GitHub|Star|Meetup|Office Hours|CSV|SVG|PNG|ID|Member|SIG|URL)\b/g;

const CJK = '[\\u3400-\\u9fff]';
const ASCII_PUNCTUATION_IN_CHINESE = new RegExp(`${CJK}[,;:?!()]|[,;:?!(]${CJK}`);

const keys = Object.keys(en) as MessageKey[];

describe('the zh and en catalogues', () => {
  it('give every message a text in both languages', () => {
    const missing = keys.filter((key) => !zh[key].trim() || !en[key].trim());
    expect(missing).toEqual([]);
  });

  it('translate every message: zh differs from en outside the allow-list', () => {
    const same = keys.filter((key) => zh[key] === en[key] && !SAME_IN_BOTH.has(key));
    expect(same).toEqual([]);
  });

  it('write Chinese with Chinese punctuation', () => {
    const ascii = keys.filter((key) => ASCII_PUNCTUATION_IN_CHINESE.test(zh[key]));
    expect(ascii).toEqual([]);
  });

  it('use no Latin words in Chinese text beyond product and format names', () => {
    const latin = keys.filter((key) => /[A-Za-z]{2,}/.test(zh[key].replace(/\{\w+\}/g, '').replace(LATIN_IN_ZH, '')));
    expect(latin).toEqual([]);
  });

  it('keep the same placeholders in both languages', () => {
    const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    const differ = keys.filter((key) => names(zh[key]).join() !== names(en[key]).join());
    expect(differ).toEqual([]);
  });
});
