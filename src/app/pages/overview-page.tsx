import { useCallback, useLayoutEffect, useMemo, useRef, type ComponentProps } from 'react';
import { useParams, useSearchParams } from 'react-router-dom';
import { useChartInFirstRender } from '@/components/charts/static-charts';
import { Section } from '@/components/layout/section';
import { DataBoundary } from '@/components/ui/data-boundary';
import { CommunityIntro } from '@/features/community/components/community-intro';
import { useCommunity, useEcosystem } from '@/features/community/dataset';
import { communityYearCards } from '@/features/community/lib/year-cards';
import { useEvents } from '@/features/events/dataset';
import { eventsHeadline, eventYearCards } from '@/features/events/lib/year-cards';
import { ComparePicker } from '@/features/overview/components/compare-picker';
import { YearNav } from '@/features/overview/components/year-nav';
import { openingYear, yearRange } from '@/features/overview/lib/years';
import { comparedYear, overviewSearch, shownYear } from '@/features/overview/search-params';
import { usePeople } from '@/features/people/dataset';
import { peopleHeadline, peopleYearCards } from '@/features/people/lib/year-cards';
import { useStars } from '@/features/stars/dataset';
import { OVERVIEW_STARS_CHART } from '@/features/stars/lib/chart-config';
import { starsHeadline, starYearCards } from '@/features/stars/lib/year-cards';
import { useI18n } from '@/lib/i18n/i18n';
import type { View } from '@/lib/url-state';
import type { YearFigure } from '@/components/ui/year-figure';
import { usePage } from '@/app/pages/use-page';
import { NotFoundPage } from '@/app/pages/not-found-page';
import { lazyAtFirstInput, lazyWhenSeen } from '@/app/pages/lazy-when-seen';

const skeleton = <div className="h-64 animate-pulse rounded bg-surface-2" />;
const cardsSkeleton = <div className="h-40 animate-pulse rounded bg-surface-2" />;
const highlightsSkeleton = <div className="h-24 animate-pulse rounded bg-surface-2" />;
const NONE: YearFigure[] = [];

/**
 * Below the fold, their code loaded when they come into view: the compact stars figure (the chart library
 * only when the reader reaches for it) and the year's highlights. A prerendered page shows them meanwhile.
 */
const StarsFigure = lazyWhenSeen(
  'stars',
  async () => {
    const [{ default: StarsSummary }, { WhenVisible }] = await Promise.all([
      import('@/features/stars/components/stars-summary'),
      import('@/components/ui/when-visible'),
    ]);
    // Rendered once scrolled near, or at once when the build drew it (the picture costs no chart code).
    return ({ drawn, label, ...props }: { drawn: boolean; label: string } & ComponentProps<typeof StarsSummary>) => (
      <WhenVisible className="min-h-64" label={label} eager={drawn}>
        <DataBoundary skeleton={skeleton}>
          <StarsSummary {...props} />
        </DataBoundary>
      </WhenVisible>
    );
  },
  <div className="min-h-64" />,
);
const YearHighlights = lazyWhenSeen(
  'year-highlights',
  async () => (await import('@/features/community/components/year-highlights')).YearHighlights,
);
const ProjectsLine = lazyWhenSeen('projects', async () => (await import('@/features/overview/components/projects-line')).ProjectsLine);
// In view from the start but showing only figures and links: their code loads at the reader's first input.
// Their props keep their identity while unchanged, so a render of the page leaves their prerendered HTML alone.
const Headlines = lazyAtFirstInput(
  'all-years',
  async () => (await import('@/features/overview/components/headlines')).Headlines,
  cardsSkeleton,
);
const YearCards = lazyAtFirstInput(
  'highlights',
  async () => (await import('@/features/overview/components/year-cards')).YearCards,
  cardsSkeleton,
);

/**
 * The overview, at `/` or at a year's own address (`/years/2022`, which wins over an old `?year=`; a year
 * the community does not cover there is not a page). It reads the datasets its figures come from before it renders, so the year it opens on
 * (decided from those figures) is known from the first paint and never jumps.
 */
export default function OverviewPage() {
  const { t, lang } = useI18n();
  // Drawn at build (or being drawn): the figure is in the page at once, as a picture without the chart library.
  const starsDrawn = useChartInFirstRender(OVERVIEW_STARS_CHART, lang);
  const [params, setParams] = useSearchParams();
  const { year: yearInPath } = useParams();
  const [community, people, events, ecosystem, stars] = [useCommunity(), usePeople(), useEvents(), useEcosystem(), useStars()];
  const figuresFor = useCallback(
    (y: number) => [
      ...peopleYearCards(people, y),
      ...eventYearCards(events, y),
      ...communityYearCards(ecosystem, y),
      ...starYearCards(stars, y),
    ],
    [people, events, ecosystem, stars],
  );
  const headlines = useMemo(() => [starsHeadline(stars), peopleHeadline(people), eventsHeadline(events)], [stars, people, events]);
  const projects = useMemo(() => community.projects.map((p) => p.name), [community]);
  const years = yearRange(community.years.from, community.years.to);
  const parsed = overviewSearch.parse(params);
  const pathYear = yearInPath === undefined ? undefined : Number(yearInPath);
  const search = pathYear === undefined ? parsed : { ...parsed, year: pathYear };
  const year = shownYear(search, years, openingYear(years, figuresFor) ?? community.years.to);
  const other = comparedYear(search, years, year);
  const navigate = (next: Partial<typeof search>) =>
    // At a year's own address the year is the path's: the query keeps only the other choices.
    setParams(overviewSearch.serialize({ ...search, ...(pathYear === undefined ? {} : { year: undefined }), ...next }, params), {
      preventScrollReset: true,
    });
  const latest = useRef(navigate);
  useLayoutEffect(() => {
    latest.current = navigate;
  });
  const changeView = useCallback((view: View) => latest.current({ view }), []);
  const notFound = pathYear !== undefined && (String(pathYear) !== yearInPath || !years.includes(pathYear));
  usePage('overview.title', !notFound, pathYear === undefined ? undefined : t('overview.highlights', { year: String(year) }));
  if (notFound) return <NotFoundPage />;
  return (
    <>
      <CommunityIntro />
      <div className="space-y-8">
        <Section id="all-years" title={t('overview.headlines')}>
          <Headlines figures={headlines} from={community.years.from} to={community.years.to} />
        </Section>
        <Section id="highlights" title={t('overview.highlights', { year: String(year) })}>
          <YearNav years={years} year={year} compare={search.compare} />
          <ComparePicker years={years} year={year} compare={other} onChange={(compare) => navigate({ compare })} />
          <YearCards year={year} figures={figuresFor(year)} otherYear={other} other={other === undefined ? NONE : figuresFor(other)} />
        </Section>
        <Section id="year-highlights" title={t('overview.yearHighlights', { year: String(year) })}>
          <DataBoundary skeleton={highlightsSkeleton}>
            <YearHighlights year={year} />
          </DataBoundary>
        </Section>
        <Section id="projects" title={t('overview.projects')}>
          <ProjectsLine names={projects} />
        </Section>
        <Section id="stars" title={t('overview.starsTitle')}>
          <StarsFigure drawn={starsDrawn} label={t('overview.starsTitle')} view={search.view} onViewChange={changeView} />
        </Section>
      </div>
    </>
  );
}
