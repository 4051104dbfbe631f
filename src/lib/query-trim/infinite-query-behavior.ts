/** Said by an infinite query: the dashboard has none, so its build leaves their code out. */
export const INFINITE_LEFT_OUT = 'Infinite queries are left out of this build (src/cli/vite-query-trim-plugin.ts)';

/** Stands in for TanStack Query's infiniteQueryBehavior in the build: a Query runs it only for an infinite query. */
export function infiniteQueryBehavior(): { onFetch: () => never } {
  return {
    onFetch() {
      throw new Error(INFINITE_LEFT_OUT);
    },
  };
}
