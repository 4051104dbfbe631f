import { useQuery } from '@tanstack/react-query';
import { lazy, useMemo } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { ChartFigure } from '@/components/charts/chart-figure';
import { CheckboxGroup } from '@/components/ui/checkbox-group';
import { Section } from '@/components/layout/section';
import { CopyLinkButton } from '@/components/ui/copy-link-button';
import { ExternalLink } from '@/components/ui/external-link';
import { PublishedText, usePublishedText } from '@/components/ui/published-text';
import { QueryState } from '@/components/ui/query-state';
import { SourceLink } from '@/components/ui/source-link';
import { cityKey, countsByYearAndType, filterEvents, groupByYearMonth } from '@/features/events/lib/counts';
import { EVENTS_FILE, eventsQuery } from '@/features/events/queries';
import { EVENT_TYPES, type EventRecord, type EventsDataset } from '@/features/events/schema';
import { MODES, parseEventsSearch, serializeEventsSearch, type EventsSearch } from '@/features/events/search-params';
import { useI18n } from '@/lib/i18n/i18n';
import { paths } from '@/lib/paths';
import { usePage } from './use-page';

const EventsChart = lazy(() => import('@/features/events/components/events-chart'));

function EventItem({ event }: { event: EventRecord }) {
  const { t, l, date } = useI18n();
  const { value: title, lang } = usePublishedText(event.title);
  return (
    <li id={event.id} className="card scroll-mt-24" aria-labelledby={`${event.id}-title`}>
      <h4 id={`${event.id}-title`} className="font-semibold" lang={lang}>
        {title} <CopyLinkButton id={event.id} title={title} />
      </h4>
      <p className="text-sm text-muted">
        {event.date ? <time dateTime={event.date}>{date(event.date)}</time> : t('events.undated')} · {t(`eventType.${event.type}`)} ·{' '}
        {t(`events.mode.${event.mode}`)}
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
                  {talk.speakers.map((speaker, j) => (
                    <span key={j}>
                      {j > 0 && '、'}
                      {speaker.personId ? (
                        <Link to={paths.person(speaker.personId)} className="link">
                          {speaker.name}
                        </Link>
                      ) : (
                        speaker.name
                      )}
                    </span>
                  ))}
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
}

function EventsView({ data }: { data: EventsDataset }) {
  const { t, l, number, date } = useI18n();
  const [params, setParams] = useSearchParams();
  const cities = useMemo(() => [...new Map(data.events.filter((e) => e.city).map((e) => [cityKey(e), e.city])).entries()].sort((a, b) => a[0].localeCompare(b[0])), [data]);
  const search = parseEventsSearch(params, cities.map(([key]) => key));
  const years = [...new Set(data.events.map((e) => e.year))].sort((a, b) => a - b);
  const filtered = filterEvents(data, search);
  const groups = groupByYearMonth(filtered);
  const counts = countsByYearAndType(data, EVENT_TYPES);
  const update = (next: Partial<EventsSearch>) => setParams(serializeEventsSearch({ ...search, ...next }, params), { preventScrollReset: true });
  const rows = counts.map((c) => ({ year: c.year, ...Object.fromEntries(c.byType.map((b) => [b.type, b.listed])) }));

  return (
    <div className="space-y-8">
      <Section id="events-by-year" title={t('events.chart.title')}>
        <ChartFigure
          id="events-chart"
          title={t('events.chart.title')}
          summary={t('events.chart.summary', { count: data.events.length, from: String(years[0] ?? ''), to: String(years.at(-1) ?? '') })}
          view={search.view}
          onViewChange={(view) => update({ view })}
          chart={<EventsChart rows={rows} types={EVENT_TYPES} />}
          table={
            <div className="overflow-x-auto">
              <table className="data-table">
                <thead>
                  <tr>
                    <th scope="col">{t('common.year')}</th>
                    {EVENT_TYPES.map((type) => (
                      <th key={type} scope="col" className="num">{t(`eventType.${type}`)}</th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {counts.map((c) => (
                    <tr key={c.year}>
                      <th scope="row">{c.year}</th>
                      {c.byType.map((b) => (
                        <td key={b.type} className="num">
                          {b.stated && b.stated.count !== b.listed
                            ? t('events.statedListed', { stated: number(b.stated.count), listed: number(b.listed) })
                            : b.listed || b.stated?.count ? number(b.listed || (b.stated?.count ?? 0)) : '—'}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          }
        />
      </Section>

      <Section id="stated-vs-listed" title={t('events.stated.title')}>
        <ul className="space-y-1 text-sm">
          {data.stated.map((s) => {
            const listed = data.events.filter((e) => e.year === s.year && e.type === s.type).length;
            return (
              <li key={`${s.year}-${s.type}`}>
                <strong>{s.year}</strong> · {t(`eventType.${s.type}`)}: {t('events.stated.line', { stated: number(s.count), listed: number(listed) })} — “{l(s.wording)}”{' '}
                <SourceLink url={s.source} compact />
              </li>
            );
          })}
        </ul>
      </Section>

      <Section id="timeline" title={t('events.timeline')}>
        <div className="card mb-4 space-y-3">
          <CheckboxGroup
            legend={t('events.filter.type')}
            options={EVENT_TYPES.map((type) => ({ value: type, label: t(`eventType.${type}`) }))}
            selected={search.types}
            onChange={(types) => update({ types })}
          />
          <CheckboxGroup
            legend={t('events.filter.year')}
            options={years.map((year) => ({ value: year, label: String(year) }))}
            selected={search.years}
            onChange={(next) => update({ years: next })}
          />
          <fieldset>
            <legend className="text-sm font-medium">{t('events.filter.mode')}</legend>
            <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
              {(['', ...MODES] as const).map((mode) => (
                <label key={mode || 'all'} className="inline-flex items-center gap-1.5 text-sm">
                  <input type="radio" name="event-mode" checked={search.mode === mode} onChange={() => update({ mode })} />
                  {mode ? t(`events.mode.${mode}`) : t('events.filter.allModes')}
                </label>
              ))}
            </div>
          </fieldset>
          <label className="block text-sm font-medium">
            {t('events.filter.city')}{' '}
            <select value={search.city} onChange={(e) => update({ city: e.target.value })} className="focus-ring ml-1 rounded-md border border-line bg-surface px-2 py-1">
              <option value="">{t('events.filter.allCities')}</option>
              {cities.map(([key, city]) => (
                <option key={key} value={key}>
                  {city ? l(city) : key}
                </option>
              ))}
            </select>
          </label>
          <p role="status" aria-live="polite" className="text-sm font-medium">
            {t('events.count', { count: filtered.length })}
          </p>
        </div>
        {groups.length === 0 && (
          <div className="card">
            <p>{t('events.empty')}</p>
            <button type="button" className="btn mt-2" onClick={() => update({ types: [], years: [], city: '', mode: '' })}>
              {t('events.clear')}
            </button>
          </div>
        )}
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
      </Section>
    </div>
  );
}

export default function EventsPage() {
  const events = useQuery(eventsQuery);
  usePage('events.title', events.isSuccess);
  return (
    <QueryState query={events} file={`data/${EVENTS_FILE}`}>
      {(data) => <EventsView data={data} />}
    </QueryState>
  );
}
