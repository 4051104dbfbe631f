import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { tsImport } from 'tsx/esm/api';
import type { Plugin } from 'vite';

/**
 * The page catalogues by page. src/lib/i18n/en.ts and zh.ts stay the one source of each language; the build
 * cuts them into parts: `shell`, the messages the code every page loads uses (the entry's imports), and one
 * part per page (src/app/pages/<name>-page.tsx), the messages that page's code uses beyond the shell's. A
 * first visit loads the shell's part and its page's, not every page's. Which code uses a message is read
 * from the source: a message is used where its key is written as a string (`'stars.title'`), or where a
 * template starts with a prefix of it (`` `role.${role}` `` uses every `role.` key).
 *
 * `virtual:catalogues` exports `shell` and `pages`, each a language's loader of its part. The dev server,
 * the tests and the build's renderer get the whole catalogue as the shell part and empty page parts: the
 * same strings, without the cut.
 */
const VIRTUAL = 'virtual:catalogues';
const PART = 'virtual:catalogue/';
const LANGS = ['en', 'zh'] as const;

type Files = { src: string; pages: string; catalogues: readonly string[] };

function filesOf(root: string): Files {
  const src = join(root, 'src');
  return {
    src,
    pages: join(src, 'app/pages'),
    catalogues: ['en.ts', 'zh.ts', 'build-messages.ts', 'catalogues.ts'].map((name) => join(src, 'lib/i18n', name)),
  };
}

/** The page names: `src/app/pages/stars-page.tsx` → `stars`. */
export function pageNames(pagesDir: string): string[] {
  return readdirSync(pagesDir)
    .filter((name) => name.endsWith('-page.tsx') && name !== 'not-found-page.tsx')
    .map((name) => name.slice(0, -'-page.tsx'.length))
    .sort();
}

const IMPORT = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)['"]([^'"]+)['"]/g;

function resolveImport(specifier: string, from: string, src: string): string | undefined {
  const base = specifier.startsWith('@/')
    ? join(src, specifier.slice(2))
    : specifier.startsWith('.')
      ? resolve(dirname(from), specifier)
      : undefined;
  if (base === undefined) return undefined;
  return [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')].find(
    (path) => existsSync(path) && statSync(path).isFile() && /\.tsx?$/.test(path),
  );
}

/** The source files `entry` imports, statically or not, itself included; `stop` files are neither read nor followed. */
export function moduleGraph(entry: string, src: string, stop: (file: string) => boolean): Set<string> {
  const seen = new Set<string>();
  const queue = [entry];
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    if (seen.has(file) || stop(file)) continue;
    seen.add(file);
    for (const match of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const target = resolveImport(match[1] ?? '', file, src);
      if (target !== undefined) queue.push(target);
    }
  }
  return seen;
}

const TEMPLATE_HEAD = /`([A-Za-z][\w.-]*\.)\$\{/g;

/** The keys the text of `files` uses: written whole as a string, or begun by a template. */
export function keysUsed(files: Iterable<string>, keys: readonly string[]): Set<string> {
  const used = new Set<string>();
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const heads = [...text.matchAll(TEMPLATE_HEAD)].map((match) => match[1] ?? '');
    for (const key of keys) {
      if (
        text.includes(`'${key}'`) ||
        text.includes(`"${key}"`) ||
        text.includes(`\`${key}\``) ||
        heads.some((head) => key.startsWith(head))
      ) {
        used.add(key);
      }
    }
  }
  return used;
}

/** Each part's keys: the shell's, then each page's beyond the shell's. */
export function cataloguePartKeys(root: string, keys: readonly string[]): Map<string, readonly string[]> {
  const files = filesOf(root);
  const names = pageNames(files.pages);
  const pageFiles = new Set(names.map((name) => join(files.pages, `${name}-page.tsx`)));
  const catalogues = new Set(files.catalogues);
  const shellGraph = moduleGraph(join(files.src, 'main.tsx'), files.src, (file) => pageFiles.has(file) || catalogues.has(file));
  const shell = keysUsed(shellGraph, keys);
  const parts = new Map<string, readonly string[]>([['shell', keys.filter((key) => shell.has(key))]]);
  for (const name of names) {
    const page = join(files.pages, `${name}-page.tsx`);
    const graph = moduleGraph(page, files.src, (file) => (file !== page && pageFiles.has(file)) || catalogues.has(file));
    const used = keysUsed(graph, keys);
    parts.set(
      name,
      keys.filter((key) => used.has(key) && !shell.has(key)),
    );
  }
  return parts;
}

function isMessages(value: unknown): value is Record<string, string> {
  return value !== null && typeof value === 'object' && Object.values(value).every((text) => typeof text === 'string');
}

async function loadMessages(root: string, lang: string): Promise<Record<string, string>> {
  const module: unknown = await tsImport(join(root, 'src/lib/i18n', `${lang}.ts`), import.meta.url);
  const messages: unknown = module !== null && typeof module === 'object' ? Reflect.get(module, lang) : undefined;
  if (!isMessages(messages)) throw new Error(`src/lib/i18n/${lang}.ts does not export ${lang}`);
  return messages;
}

export function cataloguePlugin(): Plugin {
  let root = process.cwd();
  let split = false;
  let parts: Promise<Map<string, readonly string[]>> | undefined;
  const messages = new Map<string, Promise<Record<string, string>>>();
  const messagesOf = (lang: string) => {
    let loaded = messages.get(lang);
    if (!loaded) messages.set(lang, (loaded = loadMessages(root, lang)));
    return loaded;
  };
  return {
    name: 'catalogue-parts',
    configResolved(config) {
      root = config.root;
      split = config.command === 'build' && !config.build.ssr;
    },
    resolveId(id) {
      return id === VIRTUAL || id.startsWith(PART) ? `\0${id}` : undefined;
    },
    async load(id) {
      if (id === `\0${VIRTUAL}`) {
        const loaders = (part: string) =>
          `{ ${LANGS.map((lang) => `${lang}: () => import('${PART}${lang}-${part}').then((m) => m.default)`).join(', ')} }`;
        const names = pageNames(filesOf(root).pages);
        return [
          `export const shell = ${loaders('shell')};`,
          `export const pages = { ${names.map((name) => `'${name}': ${loaders(name)}`).join(', ')} };`,
        ].join('\n');
      }
      if (!id.startsWith(`\0${PART}`)) return undefined;
      const name = id.slice(`\0${PART}`.length);
      const lang = name.slice(0, name.indexOf('-'));
      const part = name.slice(name.indexOf('-') + 1);
      const catalogue = join(root, 'src/lib/i18n', `${lang}.ts`);
      if (!split) {
        return part === 'shell' ? `export { ${lang} as default } from ${JSON.stringify(catalogue)};` : 'export default {};';
      }
      this.addWatchFile(catalogue);
      const all = await messagesOf(lang);
      parts ??= messagesOf('en').then((en) => cataloguePartKeys(root, Object.keys(en)));
      const keys = (await parts).get(part);
      if (keys === undefined) throw new Error(`no catalogue part ${part}`);
      return `export default ${JSON.stringify(Object.fromEntries(keys.map((key) => [key, all[key] ?? ''])))};`;
    },
  };
}
