/**
 * The app's catalogues for the build's drawings and pages (README images, share cards, language pages):
 * one translator a language, numbers through Intl as the app formats them, and one escape for text placed
 * in markup. Loaded through tsx (it imports the catalogues with the `@/` alias).
 */
import { buildEn, buildZh, type BuildMessageKey } from '@/lib/i18n/build-messages';
import { en, type MessageKey } from '@/lib/i18n/en';
import { zh } from '@/lib/i18n/zh';
import { interpolate, type Lang } from '@/lib/i18n/format';

/** The page catalogues and the strings only the build draws. */
const CATALOGUES: Record<Lang, Record<MessageKey | BuildMessageKey, string>> = { en: { ...en, ...buildEn }, zh: { ...zh, ...buildZh } };

export function translator(lang: Lang) {
  const numbers = new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en');
  const number = (n: number) => numbers.format(n);
  return {
    t: (key: MessageKey | BuildMessageKey, values?: Record<string, string | number>) => interpolate(CATALOGUES[lang][key], values, number),
    number,
  };
}

/** Text as it must stand in XML or HTML, in an element or a quoted attribute. */
export function escapeMarkup(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}
