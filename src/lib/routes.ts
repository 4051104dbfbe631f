/**
 * The app's pages by path. A page's search params (filters, view, year) are built by its feature's
 * `search-params.ts` (see `lib/url-state.ts`); this module knows only where each page lives.
 */
export const ROUTES = {
  overview: '/',
  stars: '/stars',
  people: '/people',
  events: '/events',
  media: '/media',
  community: '/community',
  about: '/about',
} as const;

/** A year of the overview, a page of its own (`/years/2022`). */
export function yearPath(year: number): string {
  return `/years/${String(year)}`;
}

/** A person's page. */
export function personPath(id: string): string {
  return `${ROUTES.people}/${encodeURIComponent(id)}`;
}
