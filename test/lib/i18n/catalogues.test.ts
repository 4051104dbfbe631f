import { describe, expect, it } from 'vitest';
import { buildEn, buildZh } from '@/lib/i18n/build-messages';
import { en } from '@/lib/i18n/en';
import { zh } from '@/lib/i18n/zh';

/** Messages that are the same in both languages on purpose: product terms and bare placeholders. */
const SAME_IN_BOTH = new Set<string>(['eventType.meetup', 'eventType.office-hours', 'media.qualifier.exact', 'media.qualifier.at-least']);

/** Latin words a Chinese reader sees in Chinese UI text: product and format names, as Chinese tech writing uses them. */
const LATIN_IN_ZH = /\b(?:GitHub|Star|Meetup|Office Hours|CSV|SVG|PNG|ID|Member|SIG|URL|JavaScript)\b/g;

const CJK = '[\\u3400-\\u9fff]';
const ASCII_PUNCTUATION_IN_CHINESE = new RegExp(`${CJK}[,;:?!()]|[,;:?!(]${CJK}`);

/** The page catalogues and the build's own strings (share cards, README images), held to the same rules. */
const EN: Readonly<Record<string, string>> = { ...en, ...buildEn };
const ZH: Readonly<Record<string, string>> = { ...zh, ...buildZh };
const keys = Object.keys(EN);
const text = (catalogue: Readonly<Record<string, string>>, key: string) => catalogue[key] ?? '';

describe('the zh and en catalogues', () => {
  it('have the same keys, and no build-only string in a page catalogue', () => {
    expect(Object.keys(ZH).sort()).toEqual(keys.sort());
    expect(Object.keys(en).filter((key) => key in buildEn)).toEqual([]);
  });

  it('give every message a text in both languages', () => {
    const missing = keys.filter((key) => !text(ZH, key).trim() || !text(EN, key).trim());
    expect(missing).toEqual([]);
  });

  it('translate every message: zh differs from en outside the allow-list', () => {
    const same = keys.filter((key) => text(ZH, key) === text(EN, key) && !SAME_IN_BOTH.has(key));
    expect(same).toEqual([]);
  });

  it('write Chinese with Chinese punctuation', () => {
    const ascii = keys.filter((key) => ASCII_PUNCTUATION_IN_CHINESE.test(text(ZH, key)));
    expect(ascii).toEqual([]);
  });

  it('use no Latin words in Chinese text beyond product and format names', () => {
    const latin = keys.filter((key) =>
      /[A-Za-z]{2,}/.test(
        text(ZH, key)
          .replace(/\{\w+\}/g, '')
          .replace(LATIN_IN_ZH, ''),
      ),
    );
    expect(latin).toEqual([]);
  });

  it('keep the same placeholders in both languages', () => {
    const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    const differ = keys.filter((key) => names(text(ZH, key)).join() !== names(text(EN, key)).join());
    expect(differ).toEqual([]);
  });
});
