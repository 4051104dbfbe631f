import { useI18n } from '@/lib/i18n/i18n';
import type { PublishedText as Text } from '@/lib/schema';

/** Picks the reader's language where the text has it; otherwise shows it as published, marked as Chinese. */
export function usePublishedText(text: Text): { value: string; lang: string | undefined } {
  const { lang } = useI18n();
  if (lang === 'en' && text.en) return { value: text.en, lang: undefined };
  return { value: text.zh, lang: lang === 'en' ? 'zh-CN' : undefined };
}

export function PublishedText({ text }: { text: Text }) {
  const { value, lang } = usePublishedText(text);
  return <span lang={lang}>{value}</span>;
}
