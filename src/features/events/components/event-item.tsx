import { memo } from 'react';
import { Link } from 'react-router-dom';
import { CopyLinkButton } from '@/components/ui/copy-link-button';
import { ExternalLink } from '@/components/ui/external-link';
import { PublishedText, usePublishedText } from '@/components/ui/published-text';
import { SourceLink } from '@/components/ui/source-link';
import { useI18n } from '@/lib/i18n/i18n';
import { personPath } from '@/lib/routes';
import type { EventRecord } from '../schema';

type Talk = EventRecord['talks'][number];

function Speakers({ speakers }: { speakers: Talk['speakers'] }) {
  return speakers.map((speaker, j) => (
    <span key={j}>
      {j > 0 && '、'}
      {speaker.personId ? (
        <Link to={personPath(speaker.personId)} className="link">
          {speaker.name}
        </Link>
      ) : (
        speaker.name
      )}
    </span>
  ));
}

/** One event: its title (with a copy-link control), date, type, mode, city, talks and speakers, link and source. */
export const EventItem = memo(function EventItem({ event }: { event: EventRecord }) {
  const { t, l, date } = useI18n();
  const { value: title, lang } = usePublishedText(event.title);
  return (
    <li id={event.id} className="card scroll-mt-24" aria-labelledby={`${event.id}-title`}>
      <h4 id={`${event.id}-title`} className="font-semibold" lang={lang}>
        {title} <CopyLinkButton id={event.id} title={title} />
      </h4>
      <p className="text-sm text-muted">
        {event.date ? <time dateTime={event.date}>{date(event.date)}</time> : t('events.undated')} · {t(`eventType.${event.type}`)} · {t(`events.mode.${event.mode}`)}
        {event.city && <> · {l(event.city)}</>}
        {event.committee && <> · {t('events.committee', { committee: l(event.committee) })}</>}
      </p>
      {event.talks.length > 0 && (
        <ul className="mt-2 list-disc space-y-1 pl-5 text-sm">
          {event.talks.map((talk, i) => (
            <li key={i}>
              {talk.link ? (
                <ExternalLink href={talk.link}>
                  <PublishedText text={talk.title} />
                </ExternalLink>
              ) : (
                <PublishedText text={talk.title} />
              )}
              {talk.speakers.length > 0 && (
                <>
                  {' — '}
                  <Speakers speakers={talk.speakers} />
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      {event.note && <p className="mt-2 text-sm">⚠ {l(event.note)}</p>}
      <p className="mt-2 flex flex-wrap gap-x-4 text-sm">
        {event.link && <ExternalLink href={event.link}>{t('events.open')}</ExternalLink>}
        <SourceLink url={event.source} compact />
      </p>
    </li>
  );
});
