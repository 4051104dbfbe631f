import type { Person } from '@/features/people/schema';

/**
 * A person's name as a card and their page lead with it. Apart from person.ts (their page's other
 * derivations), so that /people's cards load only this.
 */

export type Name = { text: string; lang: 'zh-CN' | undefined };

/** The name to lead with in the reader's script (the Chinese name first in zh, where published), and the other under it. */
export function headline(person: Pick<Person, 'name' | 'nameZh'>, lang: 'zh' | 'en'): { primary: Name; secondary: Name | null } {
  const latin: Name = { text: person.name, lang: undefined };
  if (!person.nameZh || person.nameZh === person.name) return { primary: latin, secondary: null };
  const chinese: Name = { text: person.nameZh, lang: 'zh-CN' };
  return lang === 'zh' ? { primary: chinese, secondary: latin } : { primary: latin, secondary: chinese };
}
