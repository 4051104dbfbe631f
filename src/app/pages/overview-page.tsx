import { lazy } from 'react';
import { useSearchParams } from 'react-router-dom';
import { Section } from '@/components/layout/section';
import { DataBoundary } from '@/components/ui/data-boundary';
import { WhenVisible } from '@/components/ui/when-visible';
import { CommunityIntro } from '@/features/community/components/community-intro';
import { Projects } from '@/features/community/components/projects';
import { YearHighlights } from '@/features/community/components/year-highlights';
import { useCommunity, useEcosystem } from '@/features/community/dataset';
import { communityYearCards } from '@/features/community/lib/year-cards';
import { useEvents } from '@/features/events/dataset';
import { eventFigureYears, eventsHeadline, eventYearCards } from '@/features/events/lib/year-cards';
import { ComparePicker } from '@/features/overview/components/compare-picker';
import { Headlines } from '@/features/overview/components/headlines';
import { YearCards } from '@/features/overview/components/year-cards';
import { YearNav } from '@/features/overview/components/year-nav';
import { latestPublishedYear, yearRange } from '@/features/overview/lib/years';
import { comparedYear, overviewSearch, shownYear } from '@/features/overview/search-params';
import { usePeople } from '@/features/people/dataset';
import { peopleFigureYears, peopleHeadline, peopleYearCards } from '@/features/people/lib/year-cards';
import { useStars } from '@/features/stars/dataset';
import { starsHeadline, starYearCards } from '@/features/stars/lib/year-cards';
import { useI18n } from '@/lib/i18n/i18n';
import { usePage } from './use-page';

/** Below the fold: the compact stars figure (and the chart library) load when it scrolls into view. */
const StarsSummary = lazy(() => import('@/features/stars/components/stars-summary'));
const skeleton = <div className="h-64 animate-pulse rounded bg-surface-2" />;

/** The whole history: stars now, people, events, years. */
function AllYears({ from, to }: { from: number; to: number }) {
  return <Headlines figures={[starsHeadline(useStars()), peopleHeadline(usePeople()), eventsHeadline(useEvents())]} from={from} to={to} />;
}

/** Every feature's figures for the shown year, beside the year it is compared with. */
function Figures({ year, other }: { year: number; other: number | undefined }) {
  const [people, events, ecosystem, stars] = [usePeople(), useEvents(), useEcosystem(), useStars()];
  const figures = (y: number) => [...peopleYearCards(people, y), ...eventYearCards(events, y), ...communityYearCards(ecosystem, y), ...starYearCards(stars, y)];
  return <YearCards year={year} figures={figures(year)} otherYear={other} other={other === undefined ? [] : figures(other)} />;
}

export default function OverviewPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const community = useCommunity();
  const years = yearRange(community.years.from, community.years.to);
  // The year shown by default is decided from the data before anything renders, so it never jumps.
  const latest = latestPublishedYear(years, [...peopleFigureYears(usePeople()), ...eventFigureYears(useEvents())]) ?? community.years.to;
  const search = overviewSearch.parse(params);
  const year = shownYear(search, years, latest);
  const other = comparedYear(search, years, year);
  const navigate = (next: Partial<typeof search>) => setParams(overviewSearch.serialize({ ...search, ...next }, params), { preventScrollReset: true });
  usePage('overview.title', true);
  return (
    <>
      <CommunityIntro />
      <div className="space-y-8">
        <Section id="all-years" title={t('overview.headlines')}>
          <DataBoundary skeleton={skeleton}>
            <AllYears from={community.years.from} to={community.years.to} />
          </DataBoundary>
        </Section>
        <Section id="highlights" title={t('overview.highlights', { year: String(year) })}>
          <YearNav years={years} year={year} compare={search.compare} />
          <ComparePicker years={years} year={year} compare={other} onChange={(compare) => navigate({ compare })} />
          <DataBoundary skeleton={skeleton}>
            <Figures year={year} other={other} />
          </DataBoundary>
        </Section>
        <Section id="year-highlights" title={t('overview.yearHighlights', { year: String(year) })}>
          <DataBoundary skeleton={skeleton}>
            <YearHighlights year={year} />
          </DataBoundary>
        </Section>
        <Section id="projects" title={t('overview.projects')}>
          <Projects />
        </Section>
        <Section id="stars" title={t('overview.starsTitle')}>
          <WhenVisible minHeight="16rem" label={t('overview.starsTitle')}>
            <DataBoundary skeleton={skeleton}>
              <StarsSummary view={search.view} onViewChange={(view) => navigate({ view })} />
            </DataBoundary>
          </WhenVisible>
        </Section>
      </div>
    </>
  );
}
