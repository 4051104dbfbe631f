import { Link } from 'react-router-dom';
import { PublishedText } from '@/components/ui/published-text';
import { useI18n } from '@/lib/i18n/i18n';
import { useEvents } from '../dataset';
import { eventHref, personTalks } from '../lib/talks';

/** A person's talks from the events dataset; under its own DataBoundary, so the person shows even if events fail. */
export function PersonTalks({ personId }: { personId: string }) {
  const { t, date } = useI18n();
  const talks = personTalks(useEvents(), personId);
  if (talks.length === 0) return <p className="text-muted">{t('person.noTalks')}</p>;
  return (
    <ul className="space-y-2">
      {talks.map(({ event, talk }) => (
        <li key={`${event.id}-${talk.title.zh}`}>
          <Link to={eventHref(event)} className="link">
            <PublishedText text={event.title} />
          </Link>
          {event.date && <> · {date(event.date)}</>} · <PublishedText text={talk.title} />
        </li>
      ))}
    </ul>
  );
}
