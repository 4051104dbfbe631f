import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { tsImport } from 'tsx/esm/api';
import type { Plugin } from 'vite';

/**
 * The page catalogues by page. src/lib/i18n/en.ts and zh.ts stay the one source of each language; the build
 * cuts them into parts: `shell`, the messages the code every page loads uses (the entry's imports), one part
 * per page (src/app/pages/<name>-page.tsx), the messages that page's code uses beyond the shell's, and one
 * part per module that a page only ever imports lazily (`import('…')`: a section below the fold, a chart), the
 * messages its code uses beyond the shell's and its pages'. A first visit loads the shell's part and its
 * page's; a lazy module's part comes with it (the build makes the module wait for it, so it never renders a
 * key). Which code uses a message is read from the source: a message is used where its key is written as a
 * string (`'stars.title'`), or where a template starts with a prefix of it (`` `role.${role}` `` uses every
 * `role.` key).
 *
 * `virtual:catalogues` exports `shell` and `pages` (by page name), each a language's loader of its part; a lazy
 * module's part is loaded where the module is imported (`withPageMessages`). The dev server, the tests and the build's renderer get the whole catalogue
 * as the shell part and empty page parts: the same strings, without the cut.
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

/**
 * Messages shorter than this in all (characters of English), used only by a lazy module, stay in its pages'
 * parts: a part of its own costs a request.
 */
export const MIN_LAZY_PART = 200;

const STATIC_IMPORT = /(?:\bfrom\s*|\bimport\s+)['"]([^'"]+)['"]/g;
/** A lazy import of one module, `import('…')`: the planner and the build's rewriting read the same ones. */
const DYNAMIC_IMPORT = /\bimport\s*\(\s*(['"])([^'"]+)\1\s*\)/g;

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

/** Imports and re-exports of types only: they bring no code (a module a page imports only so is still lazy). */
const TYPE_ONLY = /\b(?:import|export)\s+type\s[^;'"]*?from\s*['"][^'"]+['"]/g;

/** The source files `file` imports with `pattern` (static imports, or lazy `import()`s). */
function importsOf(file: string, src: string, pattern: RegExp): string[] {
  const out: string[] = [];
  for (const match of readFileSync(file, 'utf8').replace(TYPE_ONLY, '').matchAll(pattern)) {
    const target = resolveImport(match.at(-1) ?? '', file, src);
    if (target !== undefined) out.push(target);
  }
  return out;
}

/**
 * The source files `entry` imports, itself included: statically and lazily, or (`lazily` false) statically
 * only; `stop` files are neither read nor followed.
 */
export function moduleGraph(entry: string, src: string, stop: (file: string) => boolean, lazily = true): Set<string> {
  const seen = new Set<string>();
  const queue = [entry];
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    if (seen.has(file) || stop(file)) continue;
    seen.add(file);
    queue.push(...importsOf(file, src, STATIC_IMPORT));
    if (lazily) queue.push(...importsOf(file, src, DYNAMIC_IMPORT));
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

/**
 * How the build cuts the catalogues: each part's keys (the shell's, each page's beyond the shell's, then each
 * lazy module's beyond the shell's and those of every page that loads it), and the lazy modules that have a
 * part (file → part name, the file's name without its extension).
 */
export function cataloguePlan(
  root: string,
  english: Readonly<Record<string, string>>,
): { parts: Map<string, readonly string[]>; lazy: Map<string, string> } {
  const keys = Object.keys(english);
  const files = filesOf(root);
  const names = pageNames(files.pages);
  const pageFiles = new Set(names.map((name) => join(files.pages, `${name}-page.tsx`)));
  const catalogues = new Set(files.catalogues);
  const stop = (own: string) => (file: string) => (file !== own && pageFiles.has(file)) || catalogues.has(file);
  const shellGraph = moduleGraph(join(files.src, 'main.tsx'), files.src, (file) => pageFiles.has(file) || catalogues.has(file));
  const shell = keysUsed(shellGraph, keys);
  const beyond = (used: Set<string>, ...known: ReadonlySet<string>[]) =>
    keys.filter((key) => used.has(key) && !known.some((k) => k.has(key)));
  // What each page loads as it starts (its static imports), and what it may load later.
  const statics = new Map(
    names.map((name) => {
      const page = join(files.pages, `${name}-page.tsx`);
      return [name, moduleGraph(page, files.src, stop(page), false)];
    }),
  );
  const loadedFirst = new Set([...shellGraph, ...[...statics.values()].flatMap((graph) => [...graph])]);
  const pageKeys = new Map<string, Set<string>>();
  const pagesOf = new Map<string, { graph: Set<string>; pages: string[] }>();
  for (const [name, graph] of statics) {
    const own = new Set(graph);
    const queue = [...graph].flatMap((file) => importsOf(file, files.src, DYNAMIC_IMPORT));
    const seen = new Set<string>();
    for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
      if (seen.has(file) || pageFiles.has(file) || catalogues.has(file)) continue;
      seen.add(file);
      const lazyGraph = moduleGraph(file, files.src, stop(''), false);
      // Code another page (or the shell) loads as it starts is not cut: its messages stay in this page's part.
      if (loadedFirst.has(file)) for (const f of lazyGraph) own.add(f);
      else {
        const entry = pagesOf.get(file) ?? { graph: lazyGraph, pages: [] };
        entry.pages.push(name);
        pagesOf.set(file, entry);
      }
      queue.push(...[...lazyGraph].flatMap((f) => importsOf(f, files.src, DYNAMIC_IMPORT)));
    }
    pageKeys.set(name, new Set(beyond(keysUsed(own, keys), shell)));
  }
  const lazy = new Map<string, string>();
  const lazyParts = new Map<string, readonly string[]>();
  for (const [file, { graph, pages }] of [...pagesOf].sort(([a], [b]) => a.localeCompare(b))) {
    // What every page that loads it already has (a key only some of them have must come with the module).
    const inEvery = new Set([...(pageKeys.get(pages[0] ?? '') ?? [])].filter((key) => pages.every((page) => pageKeys.get(page)?.has(key))));
    const own = beyond(keysUsed(graph, keys), shell, inEvery);
    // A part costs a request after the module's own: a few messages stay in the parts of the pages that load it.
    if (own.reduce((sum, key) => sum + (english[key]?.length ?? 0), 0) < MIN_LAZY_PART) {
      for (const page of pages) for (const key of own) pageKeys.get(page)?.add(key);
      continue;
    }
    const name = basename(file).replace(/\.tsx?$/, '');
    const clash =
      [...lazy].find(([, other]) => other === name)?.[0] ??
      (statics.has(name) ? join(files.pages, `${name}-page.tsx`) : name === 'shell' ? 'the shell' : undefined);
    if (clash !== undefined) throw new Error(`catalogue parts: ${file} and ${clash} would both be part "${name}": rename one`);
    lazy.set(file, name);
    lazyParts.set(name, own);
  }
  const parts = new Map<string, readonly string[]>([['shell', keys.filter((key) => shell.has(key))]]);
  for (const name of names)
    parts.set(
      name,
      keys.filter((key) => pageKeys.get(name)?.has(key)),
    );
  for (const [name, own] of lazyParts) parts.set(name, own);
  return { parts, lazy };
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

/** A part's loaders by language, as code. */
const loadersOf = (part: string) =>
  `{ ${LANGS.map((lang) => `${lang}: () => import('${PART}${lang}-${part}').then((m) => m.default)`).join(', ')} }`;

export function cataloguePlugin(): Plugin {
  let root = process.cwd();
  let split = false;
  let plan: Promise<ReturnType<typeof cataloguePlan>> | undefined;
  const messages = new Map<string, Promise<Record<string, string>>>();
  const messagesOf = (lang: string) => {
    let loaded = messages.get(lang);
    if (!loaded) messages.set(lang, (loaded = loadMessages(root, lang)));
    return loaded;
  };
  const planned = () => (plan ??= messagesOf('en').then((en) => cataloguePlan(root, en)));
  const rewritten = new Set<string>();
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
        const names = pageNames(filesOf(root).pages);
        return [
          `export const shell = ${loadersOf('shell')};`,
          `export const pages = { ${names.map((name) => `'${name}': ${loadersOf(name)}`).join(', ')} };`,
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
      const keys = (await planned()).parts.get(part);
      if (keys === undefined) throw new Error(`no catalogue part ${part}`);
      return `export default ${JSON.stringify(Object.fromEntries(keys.map((key) => [key, all[key] ?? ''])))};`;
    },
    // Where a lazy module with a part of its own is imported, its part is loaded beside it (in every language
    // loaded or loading), and the import resolves once both are here: the module never renders a key.
    async transform(code, id) {
      if (!split || id.startsWith('\0') || !/\.tsx?$/.test(id.split('?')[0] ?? '')) return null;
      const file = id.split('?')[0] ?? id;
      const { lazy } = await planned();
      const out = code.replace(DYNAMIC_IMPORT, (whole: string, quote: string, specifier: string) => {
        const target = resolveImport(specifier, file, join(root, 'src'));
        const name = target === undefined ? undefined : lazy.get(target);
        if (target === undefined || name === undefined) return whole;
        rewritten.add(target);
        return `__withPartMessages(import(${quote}${specifier}${quote}), ${JSON.stringify(name)}, ${loadersOf(name)})`;
      });
      if (out === code) return null;
      const catalogues = join(root, 'src/lib/i18n/catalogues.ts');
      return { code: `import { withPageMessages as __withPartMessages } from ${JSON.stringify(catalogues)};\n${out}`, map: null };
    },
    // A part planned for a module whose import was never rewritten would never load: its messages would be missing.
    async buildEnd(error) {
      if (!split || error || !plan) return;
      const missed = [...(await plan).lazy.keys()].filter((file) => !rewritten.has(file));
      if (missed.length > 0) this.error(`catalogue parts: no import of ${missed.join(', ')} was given its messages`);
    },
  };
}
