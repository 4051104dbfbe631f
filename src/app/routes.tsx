import { lazy, Suspense, type ReactNode } from 'react';
import { Route, Routes, useLocation } from 'react-router-dom';
import { ErrorBoundary } from '@/components/ui/error-boundary';
import { AppShell } from './shell/app-shell';
import { PageCrash } from './shell/page-crash';
import { PageLoading } from './shell/page-loading';
import { NotFoundPage } from './pages/not-found-page';

const OverviewPage = lazy(() => import('./pages/overview-page'));
const StarsPage = lazy(() => import('./pages/stars-page'));
const PeoplePage = lazy(() => import('./pages/people-page'));
const PersonPage = lazy(() => import('./pages/person-page'));
const EventsPage = lazy(() => import('./pages/events-page'));
const MediaPage = lazy(() => import('./pages/media-page'));
const CommunityPage = lazy(() => import('./pages/community-page'));

/** One error boundary per route: a page that fails leaves the shell and other pages working. */
function Page({ children }: { children: ReactNode }) {
  const { pathname } = useLocation();
  return (
    <ErrorBoundary resetKey={pathname} fallback={(reset) => <PageCrash onRetry={reset} />}>
      <Suspense fallback={<PageLoading />}>{children}</Suspense>
    </ErrorBoundary>
  );
}

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<AppShell />}>
        <Route index element={<Page><OverviewPage /></Page>} />
        <Route path="stars" element={<Page><StarsPage /></Page>} />
        <Route path="people" element={<Page><PeoplePage /></Page>} />
        <Route path="people/:id" element={<Page><PersonPage /></Page>} />
        <Route path="events" element={<Page><EventsPage /></Page>} />
        <Route path="media" element={<Page><MediaPage /></Page>} />
        <Route path="community" element={<Page><CommunityPage /></Page>} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
