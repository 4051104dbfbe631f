import { lazy, type ReactNode } from 'react';
import { Route, Routes, useLocation } from 'react-router-dom';
import { DataBoundary } from '@/components/ui/data-boundary';
import { SourcesProvider } from '@/lib/sources';
import { AppShell } from '@/app/shell/app-shell';
import { PageLoading } from '@/app/shell/page-loading';
import { SourcesError } from '@/app/shell/sources-error';
import { NotFoundPage } from '@/app/pages/not-found-page';
import { PageHeader } from '@/components/layout/page-header';
import { useI18n } from '@/lib/i18n/i18n';
import type { MessageKey } from '@/lib/i18n/en';

const OverviewPage = lazy(() => import('@/app/pages/overview-page'));
const StarsPage = lazy(() => import('@/app/pages/stars-page'));
const PeoplePage = lazy(() => import('@/app/pages/people-page'));
const PersonPage = lazy(() => import('@/app/pages/person-page'));
const EventsPage = lazy(() => import('@/app/pages/events-page'));
const MediaPage = lazy(() => import('@/app/pages/media-page'));
const CommunityPage = lazy(() => import('@/app/pages/community-page'));
const AboutPage = lazy(() => import('@/app/pages/about-page'));

/**
 * One data boundary per route: while a page's datasets (and sources.json) load it shows a skeleton; a
 * dataset that fails shows which file, record and field, with Retry; a page that crashes leaves the
 * shell and other pages working. Where a page's title and introduction are fixed text, the route
 * renders them, so they show at once, while the page's code and data load.
 */
function Page({ children, title, intro }: { children: ReactNode; title?: MessageKey; intro?: MessageKey }) {
  const { pathname } = useLocation();
  const { t } = useI18n();
  return (
    <>
      {title && <PageHeader title={t(title)}>{intro && t(intro)}</PageHeader>}
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
          path="stars"
          element={
            <Page title="stars.title" intro="stars.intro">
              <StarsPage />
            </Page>
          }
        />
        <Route
          path="people"
          element={
            <Page title="people.title" intro="people.intro">
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
            <Page title="events.title" intro="events.intro">
              <EventsPage />
            </Page>
          }
        />
        <Route
          path="media"
          element={
            <Page title="media.title" intro="media.intro">
              <MediaPage />
            </Page>
          }
        />
        <Route
          path="community"
          element={
            <Page title="community.title" intro="community.intro">
              <CommunityPage />
            </Page>
          }
        />
        <Route
          path="about"
          element={
            <Page title="about.title" intro="about.intro">
              <AboutPage />
            </Page>
          }
        />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
