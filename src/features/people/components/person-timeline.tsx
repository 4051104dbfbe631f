import { useMemo, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { Section } from '@/components/layout/section';
import { ExternalLink } from '@/components/ui/external-link';
import { SourceLink } from '@/components/ui/source-link';
import { useI18n } from '@/lib/i18n/i18n';
import { personYears } from '@/features/people/lib/person';
import type { Person } from '@/features/people/schema';
import { peopleHref } from '@/features/people/search-params';

/**
 * A person's years, most recent first: each role once per year (a link to everyone with it that year),
 * the names it was listed under where they differ from the person's, its certificate and its sources as
 * compact citations; then what `talks(year)` shows for that year (their talks, from another dataset).
 * A list, not a table, so it reads at 360 px.
 */
export function PersonTimeline({ person, talks }: { person: Person; talks?: (year: number) => ReactNode }) {
  const { t } = useI18n();
  const years = useMemo(() => personYears(person), [person]);
  return (
    <Section id="timeline" title={t('person.timeline')}>
      <ol className="space-y-6 border-l-2 border-line pl-4">
        {years.map(({ year, roles }) => (
          <li key={year} aria-labelledby={`year-${year}`}>
            <h3 id={`year-${year}`} className="text-lg font-semibold">
              {year}
            </h3>
            <ul className="mt-1 space-y-1">
              {roles.map((r) => {
                const others = r.listedAs.filter((name) => name !== person.name && name !== person.nameZh);
                return (
                  <li key={r.role} className="flex flex-wrap items-baseline gap-x-2 gap-y-0.5">
                    <Link to={peopleHref({ roles: [r.role], years: [year] })} className="link font-medium">
                      {t(`role.${r.role}`)}
                    </Link>
                    {others.length > 0 && (
                      <span className="text-sm text-muted">
                        {t('person.listedAsNames', { names: others.join(t('person.listSeparator')) })}
                      </span>
                    )}
                    {r.certificates.map((url) => (
                      <span key={url} className="text-xs">
                        <ExternalLink href={url}>{t('person.openCertificate')}</ExternalLink>
                      </span>
                    ))}
                    {r.sources.map((url) => (
                      <SourceLink key={url} url={url} compact />
                    ))}
                  </li>
                );
              })}
            </ul>
            {talks?.(year)}
          </li>
        ))}
      </ol>
    </Section>
  );
}
