import { Section } from '@/components/layout/section';
import { SourceLink } from '@/components/ui/source-link';
import { useI18n } from '@/lib/i18n/i18n';
import type { Person } from '../schema';

/** Why the records are one person: the importer's evidence for each merge, and notes. Nothing when there is none. */
export function PersonEvidence({ person }: { person: Person }) {
  const { t, l } = useI18n();
  if (person.evidence.length === 0 && person.notes.length === 0) return null;
  return (
    <Section id="evidence" title={t('person.evidence')}>
      <p className="mb-2 text-sm text-muted">{t('person.evidence.explain')}</p>
      <ul className="list-disc space-y-1 pl-5 text-sm">
        {person.evidence.map((ev, i) => (
          <li key={i}>
            <strong>{t(`evidence.${ev.kind}`)}</strong>: <span className="break-all">{ev.detail}</span>
            {ev.source && (
              <>
                {' '}
                <SourceLink url={ev.source} compact />
              </>
            )}
          </li>
        ))}
        {person.notes.map((note, i) => (
          <li key={`n${i}`}>{l(note)}</li>
        ))}
      </ul>
    </Section>
  );
}
