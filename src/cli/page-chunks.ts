import type { Rolldown } from 'vite';

type OutputBundle = Rolldown.OutputBundle;
type OutputChunk = Rolldown.OutputChunk;

/**
 * The scripts a prerendered page needs besides the entry, from the build's bundle: its page's chunk
 * (src/app/pages/<page>-page.tsx) with every chunk it imports statically, and its messages (the shell's part
 * and the page's, src/cli/vite-catalogue-plugin.ts). The page's HTML hands them to boot.js with the entry's
 * own preloads, so they download beside the entry instead of after it has run. Parts a page loads later
 * (when seen, at the first input, when a chart is reached for) are not among them. Paths are the bundle's
 * file names (`assets/people-page-abc.js`), below the base.
 */
export function pageChunks(bundle: OutputBundle): (page: string, lang: string) => string[] {
  const chunks = Object.values(bundle).filter((file): file is OutputChunk => file.type === 'chunk');
  const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const entries = new Set(chunks.filter((chunk) => chunk.isEntry).map((chunk) => chunk.fileName));
  const facade = (test: (id: string) => boolean) => chunks.find((chunk) => chunk.facadeModuleId !== null && test(chunk.facadeModuleId));
  const closure = (start: OutputChunk | undefined): string[] => {
    const seen = new Set<string>();
    const queue = start ? [start.fileName] : [];
    for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
      if (seen.has(file) || entries.has(file)) continue;
      seen.add(file);
      queue.push(...(byFile.get(file)?.imports ?? []));
    }
    return [...seen];
  };
  const part = (name: string) => facade((id) => id === `\0virtual:catalogue/${name}`)?.fileName;
  return (page, lang) => {
    const chunk = facade((id) => id.replaceAll('\\', '/').endsWith(`/src/app/pages/${page}-page.tsx`));
    // A page the build has no chunk for would lose its preloads without a word: the build stops instead.
    if (!chunk) throw new Error(`src/cli/page-chunks.ts: the build has no chunk for src/app/pages/${page}-page.tsx`);
    const code = closure(chunk);
    const messages = [part(`${lang}-shell`), part(`${lang}-${page}`)].filter((file) => file !== undefined);
    return [...code, ...messages];
  };
}
