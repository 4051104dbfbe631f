/**
 * Message and date formatting without the DOM or React: used by the app's I18nProvider and by the
 * build's Node tools (the README images), so both say a date or a number the same way.
 */
export type Lang = 'zh' | 'en';

export function interpolate(template: string, values: Record<string, string | number> | undefined, format: (n: number) => string) {
  if (!values) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) => {
    const value = values[name];
    if (value === undefined) return match;
    return typeof value === 'number' ? format(value) : value;
  });
}

/** Intl formatters are costly to create (a chart formats hundreds of ticks): one per language and precision. */
const dateFormats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(lang: Lang, precision: 'year' | 'month' | 'day'): Intl.DateTimeFormat {
  const key = `${lang}:${precision}`;
  let format = dateFormats.get(key);
  if (!format) {
    const options: Intl.DateTimeFormatOptions =
      precision === 'year'
        ? { year: 'numeric', timeZone: 'UTC' }
        : precision === 'month'
          ? { year: 'numeric', month: 'long', timeZone: 'UTC' }
          : { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' };
    format = new Intl.DateTimeFormat(lang === 'zh' ? 'zh-CN' : 'en', options);
    dateFormats.set(key, format);
  }
  return format;
}

/** Formats `YYYY`, `YYYY-MM` or `YYYY-MM-DD` through Intl, in UTC so a date never shifts by a day. */
export function formatIsoDate(iso: string, lang: Lang): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (y === undefined || Number.isNaN(y)) return iso;
  const date = new Date(Date.UTC(y, (m ?? 1) - 1, d ?? 1));
  return dateFormat(lang, m === undefined ? 'year' : d === undefined ? 'month' : 'day').format(date);
}
