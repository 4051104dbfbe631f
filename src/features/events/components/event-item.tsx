import { memo, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { CopyLinkButton } from '@/components/ui/copy-link-button';
import { ExternalLink } from '@/components/ui/external-link';
import { usePublishedText } from '@/components/ui/published-text';
import { SourceLink } from '@/components/ui/source-link';
import { useI18n } from '@/lib/i18n/i18n';
import { personPath } from '@/lib/routes';
import type { EventRecord } from '@/features/events/schema';

type Talk = EventRecord['talks'][number];

/** Text from the data, isolated: a right-to-left override in one title cannot reverse what follows. */
function DataText({ text }: { text: Talk['title'] }) {
  const { value, lang } = usePublishedText(text);
  return <bdi lang={lang}>{value}</bdi>;
}

/** The speakers of a talk, each isolated in a `<bdi>`, linked to their person page where the data knows them. */
function Speakers({ speakers }: { speakers: Talk['speakers'] }) {
  return speakers.map((speaker, j) => (
    <span key={j}>
      {j > 0 && '、'}
      {speaker.personId ? (
        <Link to={personPath(speaker.personId)} className="link">
          <bdi>{speaker.name}</bdi>
        </Link>
      ) : (
        <bdi>{speaker.name}</bdi>
      )}
    </span>
  ));
}

/**
 * One event: its title (with a copy-link control), date, type, mode, city, talks and speakers, link and
 * source, and what the page puts last (the community's "Suggest a correction" for this record).
 */
export const EventItem = memo(function EventItem({ event, correction }: { event: EventRecord; correction?: ReactNode }) {
  const { t, l, date } = useI18n();
  const { value: title, lang } = usePublishedText(event.title);
  return (
    <div className="card">
      <h4 id={`${event.id}-title`} className="font-semibold">
        <bdi lang={lang}>{title}</bdi> <CopyLinkButton id={event.id} title={title} />
      </h4>
      <p className="text-sm text-muted">
        {event.date ? <time dateTime={event.date}>{date(event.date)}</time> : t('events.undated')} · {t(`eventType.${event.type}`)} ·{' '}
        {t(`events.mode.${event.mode}`)}
        {event.city && (
          <>
            {' · '}
            <bdi>{l(event.city)}</bdi>
          </>
        )}
        {event.committee && (
          <>
            {' · '}
            <bdi>{t('events.committee', { committee: l(event.committee) })}</bdi>
          </>
        )}
      </p>
      {event.talks.length > 0 && (
        <ul className="mt-2 list-disc space-y-1 pl-5 text-sm">
          {event.talks.map((talk, i) => (
            <li key={i}>
              {talk.link ? (
                <ExternalLink href={talk.link}>
                  <DataText text={talk.title} />
                </ExternalLink>
              ) : (
                <DataText text={talk.title} />
              )}
              {talk.speakers.length > 0 && (
                <>
                  {' — '}
                  <Speakers speakers={talk.speakers} />
                </>
              )}
              {talk.withheldSpeakers !== undefined && (
                <span className="text-muted">
                  {talk.speakers.length > 0 ? '; ' : ' — '}
                  {t(talk.withheldSpeakers === 1 ? 'events.withheldSpeakers.one' : 'events.withheldSpeakers', {
                    count: talk.withheldSpeakers,
                  })}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
      {event.note && <p className="mt-2 text-sm">⚠ {l(event.note)}</p>}
      <div className="mt-2 flex flex-wrap items-center gap-x-4 gap-y-1 text-sm">
        {event.link && <ExternalLink href={event.link}>{t('events.open')}</ExternalLink>}
        <SourceLink url={event.source} compact />
        {correction}
      </div>
    </div>
  );
});
