import { useMemo } from 'react';
import { SuggestCorrection } from '@/features/community/components/suggest-correction';
import { Section } from '@/components/layout/section';
import { EventsEmpty, EventsFilters } from '@/features/events/components/events-filters';
import { EventsSectionNav } from '@/features/events/components/events-section-nav';
import { EventsTimeline } from '@/features/events/components/events-timeline';
import { useEvents } from '@/features/events/dataset';
import type { EventRecord } from '@/features/events/schema';
import { eventYears } from '@/features/events/lib/counts';
import { cityOptions, filterEvents } from '@/features/events/lib/filter';
import { newestFirst } from '@/features/events/lib/timeline';
import { useEventsSearch } from '@/features/events/use-events-search';
import { useI18n } from '@/lib/i18n/i18n';
import { EVENTS_SECTION_IDS } from '@/features/events/sections';
import { lazyWhenSeen } from '@/app/pages/lazy-when-seen';
import { usePage } from '@/app/pages/use-page';
import type { MessageKey } from '@/lib/i18n/en';

// Below the timeline: their code loads when they come into view (the prerendered page shows them meanwhile).
// Their props (the data, the view and a stable update) keep their identity while a filter changes the timeline.
const EventsChartSection = lazyWhenSeen(
  EVENTS_SECTION_IDS.byYear,
  async () => (await import('@/features/events/components/events-chart-section')).EventsChartSection,
  <div className="h-96 animate-pulse rounded bg-surface-2" />,
);
const StatedVsListed = lazyWhenSeen(
  EVENTS_SECTION_IDS.howCounted,
  async () => (await import('@/features/events/components/stated-vs-listed')).StatedVsListed,
);

/** Every event ends with the community's "Suggest a correction", prefilled with its record and this page. */
const correction = (event: EventRecord) => <SuggestCorrection record={`events.json#${event.id}`} section={event.id} />;

/** The page's introduction, shown under its title (src/app/routes.tsx reads it from the loaded module). @public */
export const intro: MessageKey = 'events.intro';

/** The timeline first (filters, then events newest first), then events per year, then how the totals are counted. */
export default function EventsPage() {
  const { t } = useI18n();
  const data = useEvents();
  usePage('events.title', true);
  const cities = useMemo(() => cityOptions(data.events), [data]);
  const years = useMemo(() => eventYears(data.events).reverse(), [data]);
  const [search, update] = useEventsSearch(useMemo(() => cities.map((c) => c.key), [cities]));
  const ordered = useMemo(() => newestFirst(data.events), [data]);
  const filtered = useMemo(() => filterEvents(ordered, search), [ordered, search]);

  return (
    <div className="space-y-8">
      <EventsSectionNav />
      <Section id={EVENTS_SECTION_IDS.timeline} title={t('events.timeline')}>
        <EventsFilters search={search} years={years} cities={cities} count={filtered.length} onChange={update} />
        {filtered.length === 0 && <EventsEmpty onClear={() => update({ types: [], years: [], city: '', mode: '' })} />}
        <EventsTimeline events={filtered} correction={correction} />
      </Section>
      <EventsChartSection data={data} view={search.view} onChange={update} />
      <StatedVsListed data={data} />
    </div>
  );
}
