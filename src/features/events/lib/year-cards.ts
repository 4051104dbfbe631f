import type { YearFigure } from '@/components/ui/year-figure';
import type { EventsDataset } from '@/features/events/schema';
import { eventsHref } from '@/features/events/search-params';
import { eventFigure } from '@/features/events/lib/counts';

/**
 * The overview's event figures for a year: meetups offline and online (counted from the list), and live
 * streams (the stated total where the post gives one). A year whose meetups were not listed at all has
 * no meetup figure (not published), rather than 0. A hybrid meetup (held in a venue and streamed) counts as
 * offline, as the posts count it ("4 offline and 2 online meetups"); the online card counts online-only
 * meetups and says how many offline ones were also streamed (its link lists those too, as the filter does).
 */
export function eventYearCards(data: EventsDataset, year: number): YearFigure[] {
  const meetups = eventFigure(data, 'meetup', year);
  const hybrid = data.events.filter((e) => e.type === 'meetup' && e.year === year && e.mode === 'hybrid').length;
  const cards: YearFigure[] = (['offline', 'online'] as const).map((mode) => {
    const figure = eventFigure(data, 'meetup', year, mode);
    const published = meetups.value !== null;
    const count = mode === 'online' ? figure.listed - hybrid : figure.listed;
    return {
      id: `meetups-${mode}`,
      label: mode === 'offline' ? 'overview.card.meetupsOffline' : 'overview.card.meetupsOnline',
      value: published ? count : null,
      basis: published ? 'listed' : null,
      detail: mode === 'online' && hybrid > 0 ? { key: 'overview.hybridStreamed', count: hybrid } : undefined,
      comparable: true,
      href: figure.listed > 0 ? eventsHref({ types: ['meetup'], years: [year], mode }) : undefined,
      source: figure.source ?? meetups.source,
    };
  });
  const live = eventFigure(data, 'live', year);
  cards.push({
    id: 'live',
    label: 'overview.card.live',
    value: live.value,
    basis: live.basis,
    detail: live.basis === 'stated' && live.listed !== live.stated ? { key: 'overview.listedEvents', count: live.listed } : undefined,
    comparable: true,
    href: live.listed > 0 ? eventsHref({ types: ['live'], years: [year] }) : undefined,
    source: live.source,
  });
  return cards;
}

/** The overview's headline: every event the data lists, of any type and year. */
export function eventsHeadline(data: EventsDataset): YearFigure {
  const count = data.events.length;
  return {
    id: 'events',
    label: 'overview.headline.events',
    value: count || null,
    basis: count ? 'listed' : null,
    comparable: false,
    href: count ? eventsHref() : undefined,
  };
}
