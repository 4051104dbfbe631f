import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { BrowserRouter } from 'react-router-dom';
import { createQueryClient } from '@/lib/query-client';
import { I18nProvider, loadInitialCatalogue, type Lang } from '@/lib/i18n/i18n';
import { langOfPath } from '@/lib/lang-path';
import { AppRoutes, preloadPage } from '@/app/routes';
import { RootErrorBoundary } from '@/app/root-error-boundary';
import { StaticChartsProvider, type StaticCharts } from '@/components/charts/static-charts';

/**
 * The router's basename follows Vite's base, so a build for a sub-path links within it, and the language
 * that starts the address (`/en/…`), so every link of a page opened in a language stays in it.
 */
export function routerBasename(base: string = import.meta.env.BASE_URL, pathLang?: Lang): string {
  const withLang = pathLang ? `${base}${pathLang}` : base;
  return withLang === '/' ? '/' : withLang.replace(/\/$/, '');
}

/**
 * Before the first render: the reader's catalogue, which the render waits for (one language, not both),
 * and the page's code, which loads meanwhile instead of after it.
 */
export function prepareFirstRender(location: Location = window.location): Promise<unknown> {
  const pathLang = langOfPath(location.pathname, import.meta.env.BASE_URL);
  const base = routerBasename(import.meta.env.BASE_URL, pathLang);
  const { pathname } = location;
  preloadPage(base !== '/' && pathname.startsWith(base) ? pathname.slice(base.length) || '/' : pathname);
  return loadInitialCatalogue(location.search, pathLang);
}

export function AppProviders({ client, pathLang, children }: { client: QueryClient; pathLang?: Lang; children: React.ReactNode }) {
  return (
    <QueryClientProvider client={client}>
      <I18nProvider pathLang={pathLang}>{children}</I18nProvider>
    </QueryClientProvider>
  );
}

/**
 * The app below its router, which the caller gives: the browser's (App) or, at build, a static one
 * (server.tsx). Both render this same tree, so a prerendered page hydrates without a difference.
 */
export function AppTree({
  client,
  pathLang,
  charts = NO_CHARTS,
  children: router,
}: {
  client: QueryClient;
  pathLang?: Lang;
  /** The page's charts as the build drew them (the server's input; the client reads them from the page). */
  charts?: StaticCharts;
  children: (routes: React.ReactNode) => React.ReactNode;
}) {
  return (
    <RootErrorBoundary>
      {router(
        <AppProviders client={client} pathLang={pathLang}>
          <StaticChartsProvider charts={charts} lang={pathLang ?? ''}>
            <AppRoutes />
          </StaticChartsProvider>
        </AppProviders>,
      )}
    </RootErrorBoundary>
  );
}
const NO_CHARTS: StaticCharts = {};

/**
 * `pathLang`: the language the address starts with (`/en/people`), read by main.tsx before the first render;
 * `charts`: the drawn charts of the prerendered page it hydrates.
 */
export function App({ pathLang, charts }: { pathLang?: Lang; charts?: StaticCharts }) {
  const [client] = useState(createQueryClient);
  return (
    <AppTree client={client} pathLang={pathLang} charts={charts}>
      {(routes) => (
        // No transitions: URL-driven inputs (checkboxes, search) must update in the same event.
        <BrowserRouter basename={routerBasename(import.meta.env.BASE_URL, pathLang)} useTransitions={false}>
          {routes}
        </BrowserRouter>
      )}
    </AppTree>
  );
}
