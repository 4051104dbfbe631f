import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { render } from '@testing-library/react';
import { QueryClient } from '@tanstack/react-query';
import { MemoryRouter, useLocation } from 'react-router-dom';
import { vi } from 'vitest';
import { AppProviders } from '@/app/app';
import { AppRoutes } from '@/app/routes';

const DATA = resolve(import.meta.dirname, '../data');

export type Override = { status?: number; body?: string };

/** Serves data/ like the static host does; `overrides` replace a file's response (status or body). */
export function serveData(overrides: Record<string, Override | undefined> = {}) {
  const fetchMock = vi.fn(async (input: RequestInfo | URL) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const name = url.split('/data/')[1]?.split('?')[0] ?? '';
    const override = overrides[name];
    if (override) return new Response(override.body ?? '', { status: override.status ?? 200 });
    try {
      return new Response(readFileSync(resolve(DATA, name), 'utf8'), { status: 200, headers: { 'content-type': 'application/json' } });
    } catch {
      return new Response('not found', { status: 404, statusText: 'Not Found' });
    }
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

let location = { pathname: '', search: '', hash: '' };
function LocationProbe() {
  const l = useLocation();
  location = { pathname: l.pathname, search: l.search, hash: l.hash };
  return null;
}
export function currentLocation() {
  return location;
}

/** Renders the real routes at a real URL, with a fresh QueryClient that does not retry. */
export function renderRoute(url: string) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
  const utils = render(
    <MemoryRouter initialEntries={[url]}>
      <AppProviders client={client}>
        <AppRoutes />
        <LocationProbe />
      </AppProviders>
    </MemoryRouter>,
  );
  return { ...utils, client };
}
