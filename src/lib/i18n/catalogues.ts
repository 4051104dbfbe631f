// The tests compile this module without src/ in their project: the virtual module's types come with it.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="./catalogue-parts.d.ts" />
import { pages, shell, type CataloguePart } from 'virtual:catalogues';
import type { MessageKey } from '@/lib/i18n/en';
import type { Lang } from '@/lib/i18n/i18n';

/** A language's messages loaded so far: the shell's, and those of every page the app has needed. */
export type Catalogue = Readonly<Partial<Record<MessageKey, string>>>;

/**
 * en.ts and zh.ts are cut by the build into parts (src/cli/vite-catalogue-plugin.ts): the shell's part,
 * the messages the code every page loads uses, and one per page, the messages beyond the shell's that its
 * code uses. A language is ready when its shell part and the part of every page needed so far are here; a
 * page's code waits for its part in every language that is ready or loading (`loadPageMessages`), so a
 * page never renders a key. Each part is its own chunk: a first visit loads one language's shell and page.
 */
const messages = new Map<Lang, Record<string, string>>();
const ready = new Set<Lang>();
const loading = new Map<Lang, Promise<Catalogue>>();
const partsLoading = new Map<string, Promise<void>>();
const pagesNeeded = new Set<string>();
const listeners = new Set<() => void>();

function loadPart(lang: Lang, name: string, part: CataloguePart): Promise<void> {
  const id = `${lang}/${name}`;
  let promise = partsLoading.get(id);
  if (!promise) {
    promise = part[lang]().then(
      (loaded) => {
        const into = messages.get(lang) ?? {};
        Object.assign(into, loaded);
        messages.set(lang, into);
      },
      (error: unknown) => {
        partsLoading.delete(id);
        throw error;
      },
    );
    partsLoading.set(id, promise);
  }
  return promise;
}

/** Lazy modules' parts, as their importers name them (see `withPageMessages`). */
const lazyParts = new Map<string, CataloguePart>();

function pagePart(name: string): CataloguePart {
  const part = pages[name] ?? lazyParts.get(name);
  if (!part) throw new Error(`No catalogue part for page ${name}`);
  return part;
}

/** Loads a language: its shell part and the part of every page needed so far; a failed load is forgotten, so the next call tries again. */
export function loadCatalogue(lang: Lang): Promise<Catalogue> {
  let promise = loading.get(lang);
  if (!promise) {
    const loadAll = async (): Promise<Catalogue> => {
      await loadPart(lang, 'shell', shell);
      // Pages needed while this language loaded are loaded too, until none is missing.
      for (let count = -1; count !== pagesNeeded.size;) {
        count = pagesNeeded.size;
        await Promise.all([...pagesNeeded].map((name) => loadPart(lang, name, pagePart(name))));
      }
      ready.add(lang);
      for (const listener of listeners) listener();
      return messages.get(lang) ?? {};
    };
    promise = loadAll().catch((error: unknown) => {
      loading.delete(lang);
      throw error;
    });
    loading.set(lang, promise);
  }
  return promise;
}

/**
 * The messages of page `name` (`stars`: src/app/pages/stars-page.tsx), in every language that is ready or
 * loading; a language loaded later brings them too. The page's code waits for this before it renders.
 */
export function loadPageMessages(name: string): Promise<void> {
  const part = pagePart(name);
  pagesNeeded.add(name);
  return Promise.all([...loading.keys()].map((lang) => loadPart(lang, name, part))).then(() => undefined);
}

/**
 * `module` once the messages of its part (`name`) are here too, so both download at once. The routes wrap each
 * page's import so; the build wraps each lazy import of a module that has a part of its own
 * (src/cli/vite-catalogue-plugin.ts), with `part`, its loaders, so a language loaded later brings it too.
 */
export function withPageMessages<T>(module: Promise<T>, name: string, part?: CataloguePart): Promise<T> {
  if (part) lazyParts.set(name, part);
  return Promise.all([module, loadPageMessages(name)]).then(([loaded]) => loaded);
}

/** Starts loading a language the reader is about to choose (hover or focus on the switch); errors wait for the choice. */
export function preloadCatalogue(lang: Lang): void {
  loadCatalogue(lang).catch(() => undefined);
}

export function loadedCatalogue(lang: Lang): Catalogue | undefined {
  return ready.has(lang) ? messages.get(lang) : undefined;
}

/** For useSyncExternalStore: changes whenever a language becomes ready. */
export function loadedCount(): number {
  return ready.size;
}

export function subscribeCatalogues(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
