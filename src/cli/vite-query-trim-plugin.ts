import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

/** Query's own files that import what the dashboard never runs, by the specifier they import it with. */
export const TRIMMED: Readonly<Record<string, { importer: RegExp; stub: string }>> = {
  './mutationCache.js': {
    importer: /[\\/]@tanstack[\\/]query-core[\\/]build[\\/]modern[\\/]queryClient\.js$/,
    stub: fileURLToPath(new URL('../lib/query-trim/mutation-cache.ts', import.meta.url)),
  },
  './infiniteQueryBehavior.js': {
    importer: /[\\/]@tanstack[\\/]query-core[\\/]build[\\/]modern[\\/]query\.js$/,
    stub: fileURLToPath(new URL('../lib/query-trim/infinite-query-behavior.ts', import.meta.url)),
  },
};

/**
 * Leaves TanStack Query's mutations and infinite queries out of the build. QueryClient always creates a
 * MutationCache and a Query imports the infinite-query behaviour, so no bundler can drop their code, about
 * 1.5 KB gzipped on every page of a dashboard that only reads static files. This plugin resolves those two
 * imports, from those two files only, to small stand-ins (src/lib/query-trim/) that answer "none" and throw,
 * saying why, if a mutation or an infinite query is ever started. Build only: the dev server and the unit
 * tests run Query whole. A test fails if Query's files stop importing these, so an upgrade cannot silently
 * undo it.
 */
export function queryTrimPlugin(): Plugin {
  return {
    name: 'query-trim',
    apply: 'build',
    enforce: 'pre',
    resolveId(source, importer) {
      const trimmed = TRIMMED[source];
      return trimmed && importer !== undefined && trimmed.importer.test(importer) ? trimmed.stub : null;
    },
  };
}
