import type { I18n } from '@/lib/i18n/i18n';

/** A count as a source states it, or "not published" where none does (never shown as 0). */
export function publishedCount({ t, number }: Pick<I18n, 't' | 'number'>, value: number | null): string {
  return value === null ? t('state.notPublished') : number(value);
}
