import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { BrowserRouter } from 'react-router-dom';
import { createQueryClient } from '@/lib/query-client';
import { I18nProvider, loadInitialCatalogue } from '@/lib/i18n/i18n';
import { AppRoutes, preloadPage } from '@/app/routes';
import { RootErrorBoundary } from '@/app/root-error-boundary';

/** The router's basename follows Vite's base, so a build for a sub-path links within it. */
export function routerBasename(base: string = import.meta.env.BASE_URL): string {
  return base === '/' ? '/' : base.replace(/\/$/, '');
}

/**
 * Before the first render: the reader's catalogue, which the render waits for (one language, not both),
 * and the page's code, which loads meanwhile instead of after it.
 */
export function prepareFirstRender(location: Location = window.location): Promise<unknown> {
  const base = routerBasename();
  const { pathname } = location;
  preloadPage(base !== '/' && pathname.startsWith(base) ? pathname.slice(base.length) : pathname);
  return loadInitialCatalogue(location.search);
}

export function AppProviders({ client, children }: { client: QueryClient; children: React.ReactNode }) {
  return (
    <QueryClientProvider client={client}>
      <I18nProvider>{children}</I18nProvider>
    </QueryClientProvider>
  );
}

export function App() {
  const [client] = useState(createQueryClient);
  return (
    <RootErrorBoundary>
      {/* No transitions: URL-driven inputs (checkboxes, search) must update in the same event. */}
      <BrowserRouter basename={routerBasename()} useTransitions={false}>
        <AppProviders client={client}>
          <AppRoutes />
        </AppProviders>
      </BrowserRouter>
    </RootErrorBoundary>
  );
}
