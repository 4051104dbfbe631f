import { useMemo, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { Section } from '@/components/layout/section';
import { ExternalLink } from '@/components/ui/external-link';
import { SourceLink } from '@/components/ui/source-link';
import { useI18n } from '@/lib/i18n/i18n';
import { personYears } from '@/features/people/lib/person';
import type { MembershipRequest, Person } from '@/features/people/schema';
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

/**
 * A person's requests in the community's issue tracker (to become a member, to lead or join a user group, to
 * be an ambassador): when asked and for which login, the answer as published and when, and the issue.
 */
export function PersonRequests({ requests }: { requests: readonly MembershipRequest[] }) {
  const { t, date } = useI18n();
  if (requests.length === 0) return null;
  return (
    <Section id="requests" title={t('person.requests')}>
      <ul className="space-y-3 text-sm">
        {requests.map((r) => (
          <li key={r.issue} className="space-y-0.5">
            <p className="font-medium">
              {t(`person.requests.${r.kind}`)}
              {t('common.colon')}
              {t('person.requests.opened', { date: date(r.opened), login: r.login })}
            </p>
            <p>
              {t('person.requests.outcome')}
              <q lang="en">{r.outcome}</q>
              {r.outcomeDate && <> {t('person.requests.outcomeDate', { date: date(r.outcomeDate) })}</>}
            </p>
            <p className="flex flex-wrap items-baseline gap-x-2">
              <ExternalLink href={r.issue}>{t('person.requests.issue', { number: r.issue.split('/').pop() ?? '' })}</ExternalLink>
              <SourceLink url={r.source} compact />
            </p>
          </li>
        ))}
      </ul>
    </Section>
  );
}
