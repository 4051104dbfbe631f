import { useI18n } from '@/lib/i18n/i18n';
import type { MessageKey } from '@/lib/i18n/en';

/** Terms the dashboard uses, each with what it means here: a definition list. */
export function Glossary({ terms }: { terms: readonly (readonly [term: MessageKey, meaning: MessageKey])[] }) {
  const { t } = useI18n();
  return (
    <dl className="grid gap-3 sm:grid-cols-2">
      {terms.map(([term, meaning]) => (
        <div key={term} className="card">
          <dt className="font-semibold">{t(term)}</dt>
          <dd className="mt-1 text-sm text-muted">{t(meaning)}</dd>
        </div>
      ))}
    </dl>
  );
}
