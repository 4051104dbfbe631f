import { useI18n } from '@/lib/i18n/i18n';
import type { YearGroup } from '../lib/timeline';
import { EventItem } from './event-item';

/** The events by year (a heading each) and month. */
export function EventsTimeline({ groups }: { groups: readonly YearGroup[] }) {
  const { t, date } = useI18n();
  return (
    <div className="space-y-6">
      {groups.map((group) => (
        <section key={group.year} aria-labelledby={`events-${group.year}`}>
          <h3 id={`events-${group.year}`} className="mb-2 text-lg font-semibold">
            {group.year}
          </h3>
          {group.months.map((m) => (
            <div key={m.month} className="mb-4">
              <p className="mb-1 text-sm font-medium text-muted">{m.month ? date(m.month) : t('events.undated')}</p>
              <ul className="space-y-2">
                {m.events.map((event) => (
                  <EventItem key={event.id} event={event} />
                ))}
              </ul>
            </div>
          ))}
        </section>
      ))}
    </div>
  );
}
