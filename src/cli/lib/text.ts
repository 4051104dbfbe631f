import { readFileSync } from 'node:fs';
import type { Localized } from '../../lib/schema.ts';

/** Our translation of text published only in Chinese (shown as a translation). */
export function tr(zh: string, en: string): Localized {
  return { zh, en, enTranslated: true };
}

/** A page's link made absolute against the page (`./2023/` on `https://x.org/live/` -> `https://x.org/live/2023/`). */
export function relativeLink(base: string, link: string): string {
  return /^https?:\/\//.test(link) ? link : `${base}${link.replace(/^\.\//, '')}`;
}

/** The rows of a tab-separated file, without its header row and blank lines. */
export function readTsv(path: string): string[][] {
  return readFileSync(path, 'utf8')
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .slice(1)
    .filter((line) => line.trim() !== '')
    .map((line) => line.split('\t'));
}

/** A markdown post without its `---` front matter. */
export function stripFrontMatter(text: string): string {
  return text.replace(/^\uFEFF?---\r?\n[\s\S]*?\r?\n---\r?\n?/, '');
}
