import { lazy, type ComponentType, type ReactNode } from 'react';
import { Route, Routes, useLocation } from 'react-router-dom';
import { DataBoundary } from '@/components/ui/data-boundary';
import { SourcesProvider } from '@/lib/sources';
import { AppShell } from '@/app/shell/app-shell';
import { PageLoading } from '@/app/shell/page-loading';
import { SourcesError } from '@/app/shell/sources-error';
import { NotFoundPage } from '@/app/pages/not-found-page';
import { PageHeader } from '@/components/layout/page-header';
import { useI18n } from '@/lib/i18n/i18n';
import { withPageMessages } from '@/lib/i18n/catalogues';
import type { MessageKey } from '@/lib/i18n/en';

/** A page's code with its messages (its part of the catalogue): the page renders once both are here. */
function withMessages<T>(name: string, load: () => Promise<T>): () => Promise<T> {
  return () => withPageMessages(load(), name);
}

/**
 * A page whose introduction is fixed text (its module's `intro`, so that its part of the catalogue holds it):
 * the introduction comes with the page's code and messages, above the page. The route shows the title at
 * once (see `Page`).
 */
function withIntro(load: () => Promise<{ default: ComponentType; intro: MessageKey }>) {
  return lazy(() =>
    load().then(({ default: Content, intro }) => ({
      default: function PageWithIntro() {
        const { t } = useI18n();
        return (
          <>
            <p className="-mt-4 mb-6 text-muted">{t(intro)}</p>
            <Content />
          </>
        );
      },
    })),
  );
}

const pages = {
  overview: withMessages('overview', () => import('@/app/pages/overview-page')),
  stars: withMessages('stars', () => import('@/app/pages/stars-page')),
  people: withMessages('people', () => import('@/app/pages/people-page')),
  person: withMessages('person', () => import('@/app/pages/person-page')),
  events: withMessages('events', () => import('@/app/pages/events-page')),
  media: withMessages('media', () => import('@/app/pages/media-page')),
  community: withMessages('community', () => import('@/app/pages/community-page')),
  about: withMessages('about', () => import('@/app/pages/about-page')),
};
const OverviewPage = lazy(pages.overview);
const StarsPage = withIntro(pages.stars);
const PeoplePage = withIntro(pages.people);
const PersonPage = lazy(pages.person);
const EventsPage = withIntro(pages.events);
const MediaPage = withIntro(pages.media);
const CommunityPage = withIntro(pages.community);
const AboutPage = withIntro(pages.about);

const pageAt = new Map<string, () => Promise<unknown>>([
  ['stars', pages.stars],
  ['people', pages.people],
  ['events', pages.events],
  ['media', pages.media],
  ['community', pages.community],
  ['about', pages.about],
]);

/**
 * Starts loading the code of the page at `pathname` (relative to the router's basename) before the
 * first render, while the catalogue loads; a failure is left to the route, which shows it when it renders.
 */
export function preloadPage(pathname: string): void {
  const [first, second, third] = pathname.split('/').filter(Boolean);
  const load =
    first === undefined || (first === 'years' && third === undefined)
      ? pages.overview
      : first === 'people' && second !== undefined && third === undefined
        ? pages.person
        : second === undefined
          ? pageAt.get(first)
          : undefined;
  load?.().catch(() => undefined);
}

/**
 * One data boundary per route: while a page's datasets (and sources.json) load it shows a skeleton; a
 * dataset that fails shows which file, record and field, with Retry; a page that crashes leaves the
 * shell and other pages working. Where a page's title is fixed text, the route renders it, so it shows at
 * once, while the page's code and data load (its introduction comes with the page: `withIntro`).
 */
function Page({ children, title }: { children: ReactNode; title?: MessageKey }) {
  const { pathname } = useLocation();
  const { t } = useI18n();
  return (
    <>
      {title && <PageHeader title={t(title)} />}
      <DataBoundary resetKey={pathname} skeleton={<PageLoading />} pageLevel={!title}>
        <SourcesProvider>
          <SourcesError />
          {children}
        </SourcesProvider>
      </DataBoundary>
    </>
  );
}

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<AppShell />}>
        <Route
          index
          element={
            <Page>
              <OverviewPage />
            </Page>
          }
        />
        <Route
          path="years/:year"
          element={
            <Page>
              <OverviewPage />
            </Page>
          }
        />
        <Route
          path="stars"
          element={
            <Page title="stars.title">
              <StarsPage />
            </Page>
          }
        />
        <Route
          path="people"
          element={
            <Page title="people.title">
              <PeoplePage />
            </Page>
          }
        />
        <Route
          path="people/:id"
          element={
            <Page>
              <PersonPage />
            </Page>
          }
        />
        <Route
          path="events"
          element={
            <Page title="events.title">
              <EventsPage />
            </Page>
          }
        />
        <Route
          path="media"
          element={
            <Page title="media.title">
              <MediaPage />
            </Page>
          }
        />
        <Route
          path="community"
          element={
            <Page title="community.title">
              <CommunityPage />
            </Page>
          }
        />
        <Route
          path="about"
          element={
            <Page title="about.title">
              <AboutPage />
            </Page>
          }
        />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
