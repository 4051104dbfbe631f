import { render } from '@testing-library/react';
import { useEffect, type ReactNode } from 'react';
import { QueryClient } from '@tanstack/react-query';
import { MemoryRouter, useLocation } from 'react-router-dom';
import { vi } from 'vitest';
import { AppProviders } from '@/app/app';
import { AppRoutes } from '@/app/routes';
import { reportCaughtError } from '@/app/report-error';
import { LANGS } from '@/lib/i18n/i18n';
import { loadCatalogue } from '@/lib/i18n/catalogues';
import { testland } from './fixtures/datasets';

export type Override = {
  status?: number;
  body?: string;
  /** Never answers. */ hang?: boolean;
  /** Answers the real file this late. */ delayMs?: number;
};

/**
 * Serves datasets like the static host does: `datasets` by file name (a small made-up community unless
 * given); `overrides` replace a file's response (status or body), answer late, or never answer.
 */
export function serveData(overrides: Record<string, Override | undefined> = {}, datasets: Record<string, unknown> = testland()) {
  const body = (name: string): string | undefined => (name in datasets ? JSON.stringify(datasets[name]) : undefined);
  const fetchMock = vi.fn((input: RequestInfo | URL): Promise<Response> => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const name = url.split('/data/')[1]?.split('?')[0] ?? '';
    const override = overrides[name];
    if (override?.hang) return new Promise<Response>(() => undefined);
    if (override?.delayMs !== undefined) {
      const late = override.delayMs;
      return new Promise((done) => setTimeout(() => done(new Response(body(name) ?? '', { status: 200 })), late));
    }
    if (override) return Promise.resolve(new Response(override.body ?? '', { status: override.status ?? 200 }));
    const text = body(name);
    if (text === undefined) return Promise.resolve(new Response('not found', { status: 404, statusText: 'Not Found' }));
    return Promise.resolve(new Response(text, { status: 200, headers: { 'content-type': 'application/json' } }));
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

// Both catalogues are here before any test renders, as the app has the reader's before its first render.
await Promise.all(LANGS.map((lang) => loadCatalogue(lang)));

const location = { current: { pathname: '', search: '', hash: '' } };
function LocationProbe() {
  const l = useLocation();
  useEffect(() => {
    location.current = { pathname: l.pathname, search: l.search, hash: l.hash };
  }, [l]);
  return null;
}
/** Where the app's router is now (after navigation by links or by setSearchParams). */
export function currentLocation() {
  return location.current;
}

/** A fresh QueryClient that does not retry, as each test gets. */
export function testQueryClient() {
  return new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
}

/** `children` with the app's providers, at a real URL. */
export function withAppProviders(url: string, client: QueryClient, children: ReactNode) {
  return (
    <MemoryRouter initialEntries={[url]} useTransitions={false}>
      <AppProviders client={client}>
        {children}
        <LocationProbe />
      </AppProviders>
    </MemoryRouter>
  );
}

/** The real routes at a real URL, with the app's providers, wrapped in `wrap` if given (a context the page is rendered under). */
export function routeElement(url: string, client: QueryClient, wrap: (page: ReactNode) => ReactNode = (page) => page) {
  return withAppProviders(url, client, wrap(<AppRoutes />));
}

/** Renders the real routes at a real URL, with a fresh QueryClient that does not retry. */
export function renderRoute(
  url: string,
  options: { onCaughtError?: (error: unknown) => void; wrap?: (page: ReactNode) => ReactNode } = {},
) {
  const client = testQueryClient();
  const utils = render(routeElement(url, client, options.wrap), { onCaughtError: options.onCaughtError ?? reportCaughtError });
  return { ...utils, client };
}
