import { Link } from 'react-router-dom';
import { PublishedText } from '@/components/ui/published-text';
import { useI18n } from '@/lib/i18n/i18n';
import { useEvents } from '@/features/events/dataset';
import { eventHref, personTalks, talksInYears, type PersonTalk } from '@/features/events/lib/talks';

function TalkList({ talks }: { talks: readonly PersonTalk[] }) {
  const { t, date } = useI18n();
  return (
    <ul className="mt-1 space-y-1">
      {talks.map(({ event, talk }) => (
        <li key={`${event.id}-${talk.title.zh}`}>
          <span className="text-sm text-muted">{t('person.talk')} </span>
          <PublishedText text={talk.title} />
          <span className="text-sm">
            {' · '}
            <Link to={eventHref(event)} className="link">
              <PublishedText text={event.title} />
            </Link>
            {event.date && <> · {date(event.date)}</>}
          </span>
        </li>
      ))}
    </ul>
  );
}

/**
 * A person's talks from the events dataset, with the event each was given at: those of `year`, or, with
 * `exceptYears`, those of every other year under a year heading. Under its own DataBoundary, so the
 * person shows even if events fail.
 */
export function PersonTalks({ personId, year, exceptYears }: { personId: string; year?: number; exceptYears?: readonly number[] }) {
  const { t } = useI18n();
  const all = personTalks(useEvents(), personId);
  if (year !== undefined) {
    const talks = talksInYears(all, [year]);
    return talks.length > 0 ? <TalkList talks={talks} /> : null;
  }
  const others = exceptYears ? all.filter(({ event }) => !exceptYears.includes(event.year)) : all;
  if (others.length === 0) return exceptYears ? null : <p className="text-muted">{t('person.noTalks')}</p>;
  const years = [...new Set(others.map(({ event }) => event.year))].sort((a, b) => b - a);
  return (
    <ol className="space-y-4">
      {years.map((y) => (
        <li key={y}>
          <h3 className="text-lg font-semibold">{y}</h3>
          <TalkList talks={talksInYears(others, [y])} />
        </li>
      ))}
    </ol>
  );
}
