import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { WhenVisible } from '@/components/ui/when-visible';
import { PageHeader } from '@/components/layout/page-header';
import { Section } from '@/components/layout/section';
import { QueryState } from '@/components/ui/query-state';
import { SourceLink } from '@/components/ui/source-link';
import { StatCard, type StatCardProps } from '@/components/ui/stat-card';
import { COMMUNITY_FILE, ECOSYSTEM_FILE, communityQuery, ecosystemQuery } from '@/features/community/queries';
import type { CommunityDataset, EcosystemDataset } from '@/features/community/schema';
import { eventFigure, type EventFigure } from '@/features/events/lib/counts';
import { EVENTS_FILE, eventsQuery } from '@/features/events/queries';
import type { EventsDataset } from '@/features/events/schema';
import { parseOverviewSearch } from '@/features/overview/search-params';
import { change, roleFigure, type Figure } from '@/features/people/lib/counts';
import { PEOPLE_FILE, peopleQuery } from '@/features/people/queries';
import type { PeopleDataset, Role } from '@/features/people/schema';
import { STARS_FILE, starsQuery } from '@/features/stars/queries';
import type { StarsDataset } from '@/features/stars/schema';
import { useI18n, type I18n } from '@/lib/i18n/i18n';
import type { MessageKey } from '@/lib/i18n/en';
import { paths } from '@/lib/paths';
import { usePage } from './use-page';

/** Below the fold: the compact stars figure (and the chart library) load when it scrolls into view. */
const StarsSummary = lazy(() => import('@/features/stars/components/stars-summary'));

const ROLE_CARDS: readonly [Role, MessageKey][] = [
  ['contributor', 'overview.card.contributors'],
  ['speaker', 'overview.card.speakers'],
  ['ambassador', 'overview.card.ambassadors'],
  ['member', 'overview.card.members'],
];

function basisLabel(t: I18n['t'], figure: Figure | EventFigure): string | undefined {
  return figure.basis === 'stated' ? t('overview.basis.stated') : figure.basis === 'listed' ? t('overview.basis.listed') : undefined;
}

function yearCards(
  i18n: I18n,
  year: number,
  d: { people: PeopleDataset; events: EventsDataset; ecosystem: EcosystemDataset; stars: StarsDataset },
): StatCardProps[] {
  const { t, l } = i18n;
  const cards: StatCardProps[] = [];
  for (const [role, label] of ROLE_CARDS) {
    const now = roleFigure(d.people, role, year);
    const before = roleFigure(d.people, role, year - 1);
    cards.push({
      id: `${role}s`,
      label: t(label),
      value: now.value,
      basis: basisLabel(t, now),
      delta: now.basis === before.basis ? change(now, before) : null,
      detail: now.stated !== null && now.listed !== now.stated ? t('overview.listedNames', { count: now.listed }) : undefined,
      to: paths.people({ role: [role], year: [year] }),
      source: now.source,
    });
  }
  for (const mode of ['offline', 'online'] as const) {
    const now = eventFigure(d.events, 'meetup', year, mode);
    const before = eventFigure(d.events, 'meetup', year - 1, mode);
    cards.push({
      id: `meetups-${mode}`,
      label: t(mode === 'offline' ? 'overview.card.meetupsOffline' : 'overview.card.meetupsOnline'),
      value: now.listed,
      basis: t('overview.basis.listed'),
      delta: now.listed || before.listed ? now.listed - before.listed : null,
      to: paths.events({ type: ['meetup'], year: [year], mode }),
      source: now.source,
    });
  }
  const live = eventFigure(d.events, 'live', year);
  const liveBefore = eventFigure(d.events, 'live', year - 1);
  cards.push({
    id: 'live',
    label: t('overview.card.live'),
    value: live.value,
    basis: basisLabel(t, live),
    delta: live.basis === liveBefore.basis ? change(live, liveBefore) : null,
    detail: live.basis === 'stated' && live.listed !== live.stated ? t('overview.listedEvents', { count: live.listed }) : undefined,
    to: paths.events({ type: ['live'], year: [year] }),
    source: live.source,
  });
  // Case studies and awards are counted from the lists the posts publish; a year with none shows "—".
  const listedCard = (id: 'cases' | 'awards', label: MessageKey, items: readonly { year: number; source: string }[]): StatCardProps => {
    const now = items.filter((x) => x.year === year);
    const before = items.filter((x) => x.year === year - 1);
    return {
      id,
      label: t(label),
      value: now.length || null,
      basis: now.length ? t('overview.basis.listed') : undefined,
      delta: now.length && before.length ? now.length - before.length : null,
      to: paths.community(id),
      source: now[0]?.source,
    };
  };
  cards.push(listedCard('cases', 'overview.card.cases', d.ecosystem.cases), listedCard('awards', 'overview.card.awards', d.ecosystem.awards));
  const milestone = d.stars.milestones.find((m) => m.year === year);
  cards.push({
    id: 'stars',
    label: t('overview.card.stars'),
    value: milestone?.value ?? null,
    basis: milestone ? l(milestone.wording) : undefined,
    delta: null,
    to: paths.stars(),
    source: milestone?.source,
  });
  return cards;
}

type Highlight = { key: string; date: string; text: string; source: string };

/** What the data says happened in a year: project milestones, awards, committees founded, initiatives started. */
function yearHighlights(i18n: I18n, year: number, community: CommunityDataset, ecosystem: EcosystemDataset): Highlight[] {
  const { l, t } = i18n;
  const inYear = (date: string | undefined) => date?.startsWith(String(year)) ?? false;
  const items: Highlight[] = [
    ...community.projects.flatMap((p) => p.milestones.filter((m) => inYear(m.date)).map((m) => ({ key: `${p.id}-${m.date}-${m.kind}`, date: m.date, text: `${p.name}: ${l(m.text)}`, source: m.source }))),
    ...ecosystem.awards.filter((a) => a.year === year).map((a) => ({ key: a.id, date: a.announced ?? String(a.year), text: l(a.title), source: a.source })),
    ...ecosystem.committees.filter((c) => inYear(c.founded)).map((c) => ({ key: `committee-${c.id}`, date: c.founded ?? String(year), text: t('overview.committeeFounded', { city: l(c.city) }), source: c.source })),
    ...community.initiatives.filter((x) => inYear(x.started)).map((x) => ({ key: x.id, date: x.started ?? String(year), text: `${l(x.name)}: ${l(x.description)}`, source: x.source })),
  ];
  return items.sort((a, b) => a.date.localeCompare(b.date));
}

function Projects({ community }: { community: CommunityDataset }) {
  const { t, l, date } = useI18n();
  return (
    <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
      {community.projects.map((project) => (
        <li key={project.id} className="card">
          <h3 className="font-semibold">{project.name}</h3>
          <p className="text-sm text-muted">{l(project.description)}</p>
          {project.milestones.length > 0 && (
            <ul className="mt-2 space-y-1 text-sm">
              {project.milestones.map((m) => (
                <li key={m.date + m.kind}>
                  <time dateTime={m.date}>{date(m.date)}</time> · {l(m.text)}
                </li>
              ))}
            </ul>
          )}
          {project.releases.length > 0 && (
            <p className="mt-2 text-sm">
              {t('overview.releases')}: {project.releases.map((r) => `${r.year}: ${r.count}`).join(' · ')}
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}

export default function OverviewPage() {
  const i18n = useI18n();
  const { t, l } = i18n;
  const [params, setParams] = useSearchParams();
  const community = useQuery(communityQuery);
  const people = useQuery(peopleQuery);
  const events = useQuery(eventsQuery);
  const ecosystem = useQuery(ecosystemQuery);
  const stars = useQuery(starsQuery);
  const ready = [community, people, events, ecosystem, stars].every((q) => q.isSuccess);
  usePage('overview.title', ready);

  const years = community.data ? range(community.data.years.from, community.data.years.to) : [];
  const fallback = people.data ? Math.max(...people.data.counts.map((c) => c.year)) : (years.at(-1) ?? 0);
  const { year, view } = parseOverviewSearch(params, years, fallback);
  const setView = (next: 'chart' | 'table') => {
    const copy = new URLSearchParams(params);
    if (next === 'table') copy.set('view', 'table');
    else copy.delete('view');
    setParams(copy, { preventScrollReset: true });
  };

  return (
    <>
      <QueryState query={community} file={`data/${COMMUNITY_FILE}`} minHeight="min-h-[8.5rem]">
        {(c) => (
          <PageHeader title={l(c.name)}>
            <p>{l(c.description)}</p>
            <p className="text-sm">{t('overview.years', { from: String(c.years.from), to: String(c.years.to) })}</p>
          </PageHeader>
        )}
      </QueryState>
      <div className="space-y-8">
        <Section id="highlights" title={t('overview.highlights', { year: String(year) })}>
          {years.length > 0 && (
            <nav aria-label={t('overview.yearNav')} className="mb-4">
              <ul className="flex flex-wrap gap-1">
                {years.map((y) => (
                  <li key={y}>
                    <Link
                      to={paths.overview({ year: y })}
                      aria-current={y === year ? 'page' : undefined}
                      preventScrollReset
                      className={`focus-ring inline-block whitespace-nowrap rounded-md border px-3 py-1 text-sm ${y === year ? 'border-accent bg-accent text-on-accent' : 'border-line hover:bg-surface-2'}`}
                    >
                      {y}
                    </Link>
                  </li>
                ))}
              </ul>
            </nav>
          )}
          <QueryState query={people} file={`data/${PEOPLE_FILE}`}>
            {(p) => (
              <QueryState query={events} file={`data/${EVENTS_FILE}`}>
                {(e) => (
                  <QueryState query={ecosystem} file={`data/${ECOSYSTEM_FILE}`}>
                    {(eco) => (
                      <QueryState query={stars} file={`data/${STARS_FILE}`}>
                        {(s) => (
                          <ul className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-4">
                            {yearCards(i18n, year, { people: p, events: e, ecosystem: eco, stars: s }).map((card) => (
                              <StatCard key={card.id} {...card} />
                            ))}
                          </ul>
                        )}
                      </QueryState>
                    )}
                  </QueryState>
                )}
              </QueryState>
            )}
          </QueryState>
        </Section>
        <Section id="year-highlights" title={t('overview.yearHighlights', { year: String(year) })}>
          <QueryState query={community} file={`data/${COMMUNITY_FILE}`}>
            {(c) => (
              <QueryState query={ecosystem} file={`data/${ECOSYSTEM_FILE}`}>
                {(eco) => {
                  const items = yearHighlights(i18n, year, c, eco);
                  return items.length === 0 ? (
                    <p className="text-muted">{t('overview.noHighlights')}</p>
                  ) : (
                    <ul className="space-y-1">
                      {items.map((h) => (
                        <li key={h.key}>
                          <time dateTime={h.date} className="font-medium">{i18n.date(h.date)}</time> · {h.text} <SourceLink url={h.source} compact />
                        </li>
                      ))}
                    </ul>
                  );
                }}
              </QueryState>
            )}
          </QueryState>
        </Section>
        <Section id="projects" title={t('overview.projects')}>
          <QueryState query={community} file={`data/${COMMUNITY_FILE}`}>
            {(c) => (
              <>
                <Projects community={c} />
                <p className="mt-2">
                  <SourceLink url={c.source} />
                </p>
              </>
            )}
          </QueryState>
        </Section>
        <Section id="stars" title={t('overview.starsTitle')}>
          <WhenVisible minHeight="16rem" label={t('overview.starsTitle')}>
            <Suspense fallback={<div className="h-64 animate-pulse rounded bg-surface-2" />}>
              <StarsSummary view={view} onViewChange={setView} />
            </Suspense>
          </WhenVisible>
        </Section>
      </div>
    </>
  );
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}
