/** Every in-app link is built here, so each one is valid by construction. */
export type SearchInit = Record<string, string | readonly (string | number)[] | number | undefined>;

export function withSearch(pathname: string, search: SearchInit = {}, hash?: string): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(search)) {
    if (value === undefined) continue;
    if (Array.isArray(value)) {
      if (value.length > 0) params.set(key, value.join(','));
    } else if (value !== '') {
      params.set(key, String(value));
    }
  }
  const query = params.toString();
  return `${pathname}${query ? `?${query}` : ''}${hash ? `#${hash}` : ''}`;
}

export const paths = {
  overview: (search?: { year?: number }) => withSearch('/', search),
  stars: () => '/stars',
  people: (search?: { role?: readonly string[]; year?: readonly number[]; q?: string }) => withSearch('/people', search),
  person: (id: string) => `/people/${encodeURIComponent(id)}`,
  events: (search?: { type?: readonly string[]; year?: readonly number[]; city?: string; mode?: string }, hash?: string) =>
    withSearch('/events', search, hash),
  media: () => '/media',
  community: (hash?: string) => withSearch('/community', {}, hash),
} as const;
