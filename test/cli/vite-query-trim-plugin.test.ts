// @vitest-environment node
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { queryTrimPlugin, TRIMMED } from '@/cli/vite-query-trim-plugin';

const require = createRequire(import.meta.url);
/** Query's installed core (react-query's dependency, beside it or inside it), where the trimmed imports are. */
const reactQuery = dirname(require.resolve('@tanstack/react-query/package.json'));
const modern =
  [join(reactQuery, 'node_modules/@tanstack/query-core'), join(reactQuery, '../query-core')]
    .map((dir) => join(dir, 'build/modern'))
    .find((dir) => existsSync(dir)) ?? '';
const resolveId = queryTrimPlugin().resolveId as (source: string, importer?: string) => string | null;

describe('the build leaves Query’s mutations and infinite queries out', () => {
  it('resolves each trimmed import to its stand-in, from Query’s own file only', () => {
    expect(resolveId('./mutationCache.js', join(modern, 'queryClient.js'))).toMatch(/src[\\/]lib[\\/]query-trim[\\/]mutation-cache\.ts$/);
    expect(resolveId('./infiniteQueryBehavior.js', join(modern, 'query.js'))).toMatch(/infinite-query-behavior\.ts$/);
    expect(resolveId('./mutationCache.js', join(modern, 'index.js'))).toBeNull();
    expect(resolveId('./infiniteQueryBehavior.js', join(modern, 'infiniteQueryObserver.js'))).toBeNull();
    expect(resolveId('./mutationCache.js', '/app/src/lib/query-client.ts')).toBeNull();
  });

  it('still matches the installed Query: each file imports what is trimmed (an upgrade that moves it fails here)', () => {
    for (const [specifier, { importer }] of Object.entries(TRIMMED)) {
      const file = ['queryClient.js', 'query.js'].map((name) => join(modern, name)).find((path) => importer.test(path));
      expect(file, specifier).toBeDefined();
      expect(readFileSync(file ?? '', 'utf8')).toContain(`from "${specifier}"`);
    }
  });
});
