import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router-dom';
import { Section } from '@/components/layout/section';
import { Avatar } from '@/components/ui/avatar';
import { datasetUrl } from '@/lib/fetch-dataset';
import { CopyLinkButton } from '@/components/ui/copy-link-button';
import { ExternalLink } from '@/components/ui/external-link';
import { PublishedText } from '@/components/ui/published-text';
import { QueryState } from '@/components/ui/query-state';
import { SourceLink } from '@/components/ui/source-link';
import { EVENTS_FILE, eventsQuery } from '@/features/events/queries';
import { PEOPLE_FILE, peopleQuery } from '@/features/people/queries';
import { useI18n } from '@/lib/i18n/i18n';
import { paths } from '@/lib/paths';
import { NotFoundPage } from './not-found-page';
import { usePage } from './use-page';

export default function PersonPage() {
  const { id = '' } = useParams();
  const { t, l, date } = useI18n();
  const people = useQuery(peopleQuery);
  const events = useQuery(eventsQuery);
  const person = people.data?.people.find((p) => p.id === id);
  usePage('people.title', people.isSuccess && events.isSuccess, person?.name);

  return (
    <QueryState query={people} file={`data/${PEOPLE_FILE}`}>
      {() =>
        !person ? (
          <NotFoundPage message={t('notFound.person', { id })} />
        ) : (
          <div className="space-y-8">
            <div className="flex items-center gap-4">
              <Avatar id={person.id} name={person.nameZh ?? person.name} src={person.avatar && datasetUrl(person.avatar)} size="lg" />
              <div className="min-w-0">
                <h1 className="text-2xl font-bold sm:text-3xl">
                  {person.name} <CopyLinkButton id="" title={person.name} />
                </h1>
                {person.nameZh && <p lang="zh-CN">{person.nameZh}</p>}
                {person.github && (
                  <p>
                    <ExternalLink href={`https://github.com/${person.github}`}>github.com/{person.github}</ExternalLink>
                  </p>
                )}
                {person.aliases.length > 0 && <p className="text-sm text-muted">{t('person.aliases', { aliases: person.aliases.join(', ') })}</p>}
              </div>
            </div>
            <Section id="roles" title={t('person.roles')}>
              <div className="overflow-x-auto">
              <table className="data-table">
                <thead>
                  <tr>
                    <th scope="col">{t('common.year')}</th>
                    <th scope="col">{t('people.filter.role')}</th>
                    <th scope="col">{t('person.listedAs')}</th>
                    <th scope="col">{t('person.certificate')}</th>
                    <th scope="col">{t('source.label')}</th>
                  </tr>
                </thead>
                <tbody>
                  {person.roles.map((r, i) => (
                    <tr key={i}>
                      <th scope="row">{r.year}</th>
                      <td>
                        <Link to={paths.people({ role: [r.role], year: [r.year] })} className="link">
                          {t(`role.${r.role}`)}
                        </Link>
                      </td>
                      <td>{r.listedAs}</td>
                      <td>{r.certificate ? <ExternalLink href={r.certificate}>{t('person.openCertificate')}</ExternalLink> : '—'}</td>
                      <td>
                        <SourceLink url={r.source} compact />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
              </div>
            </Section>
            <Section id="talks" title={t('person.talks')}>
              <QueryState query={events} file={`data/${EVENTS_FILE}`} minHeight="min-h-[2rem]">
                {(e) => {
                  const talks = e.events.flatMap((event) => event.talks.filter((talk) => talk.speakers.some((s) => s.personId === person.id)).map((talk) => ({ event, talk })));
                  return talks.length === 0 ? (
                    <p className="text-muted">{t('person.noTalks')}</p>
                  ) : (
                    <ul className="space-y-2">
                      {talks.map(({ event, talk }) => (
                        <li key={`${event.id}-${talk.title.zh}`}>
                          <Link to={paths.events({ year: [event.year] }, event.id)} className="link">
                            <PublishedText text={event.title} />
                          </Link>
                          {event.date && <> · {date(event.date)}</>} · <PublishedText text={talk.title} />
                        </li>
                      ))}
                    </ul>
                  );
                }}
              </QueryState>
            </Section>
            {(person.evidence.length > 0 || person.notes.length > 0) && (
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
            )}
          </div>
        )
      }
    </QueryState>
  );
}
