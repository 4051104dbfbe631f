import { describe, expect, it } from 'vitest';
import type { Rolldown } from 'vite';
import { pageChunks } from '@/cli/page-chunks';

/** A chunk of a bundle, as Rolldown describes it: only what pageChunks reads. */
function chunk(fileName: string, facadeModuleId: string | null, imports: string[] = [], isEntry = false) {
  return { type: 'chunk', fileName, facadeModuleId, imports, isEntry } as unknown as Rolldown.OutputChunk;
}

describe('the scripts of a prerendered page’s own code', () => {
  const files = [
    chunk('assets/index.js', '/app/src/main.tsx', [], true),
    chunk('assets/people-page.js', '/app/src/app/pages/people-page.tsx', ['assets/index.js', 'assets/url-state.js', 'assets/person.js']),
    chunk('assets/person.js', null, ['assets/index.js', 'assets/url-state.js']),
    chunk('assets/url-state.js', '/app/src/lib/url-state.ts', []),
    chunk('assets/people-chart.js', '/app/src/features/people/components/people-chart.tsx', ['assets/index.js']),
    chunk('assets/en-shell.js', '\0virtual:catalogue/en-shell'),
    chunk('assets/en-people.js', '\0virtual:catalogue/en-people'),
    chunk('assets/zh-people.js', '\0virtual:catalogue/zh-people'),
  ];
  const bundle = Object.fromEntries(files.map((f) => [f.fileName, f])) as Rolldown.OutputBundle;

  it('are its page’s chunk with what it imports, but not the entry or what it loads later, and its messages', () => {
    expect(pageChunks(bundle)('people', 'en').sort()).toEqual(
      ['assets/en-people.js', 'assets/en-shell.js', 'assets/people-page.js', 'assets/person.js', 'assets/url-state.js'].sort(),
    );
  });

  it('stop the build for a page the bundle does not have, naming it', () => {
    expect(() => pageChunks(bundle)('media', 'en')).toThrow('src/app/pages/media-page.tsx');
  });
});
