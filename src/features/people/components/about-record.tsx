import { SourceLink } from '@/components/ui/source-link';
import { useI18n } from '@/lib/i18n/i18n';
import { aboutRecord } from '@/features/people/lib/person';
import type { Person } from '@/features/people/schema';

/** "About this record": why these listings are one person, in plain words, folded away; nothing when there is nothing to say. */
export function AboutRecord({ person }: { person: Person }) {
  const { t, l } = useI18n();
  const reasons = aboutRecord(person);
  if (reasons.length === 0 && person.notes.length === 0) return null;
  return (
    <details id="about" className="card">
      <summary className="cursor-pointer font-semibold">{t('person.about')}</summary>
      <div className="mt-2 space-y-2 text-sm">
        {reasons.length > 0 && <p className="text-muted">{t('person.about.explain')}</p>}
        <ul className="list-disc space-y-1 pl-5">
          {reasons.map((reason) => (
            <li key={reason.kind}>
              {t(`person.about.${reason.kind}`)}
              {reason.times > 1 && <> {t('person.about.times', { count: reason.times })}</>}
              {reason.sources.map((url) => (
                <span key={url}>
                  {' '}
                  <SourceLink url={url} compact />
                </span>
              ))}
            </li>
          ))}
          {person.notes.map((note, i) => (
            <li key={`n${i}`}>{l(note)}</li>
          ))}
        </ul>
      </div>
    </details>
  );
}
