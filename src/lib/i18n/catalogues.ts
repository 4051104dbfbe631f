import type { MessageKey } from '@/lib/i18n/en';
import type { Lang } from '@/lib/i18n/i18n';

export type Catalogue = Readonly<Record<MessageKey, string>>;

/** Each catalogue is its own chunk: a first visit loads only the reader's language. */
const importers: Record<Lang, () => Promise<Catalogue>> = {
  en: () => import('@/lib/i18n/en').then((m) => m.en),
  zh: () => import('@/lib/i18n/zh').then((m) => m.zh),
};

const loaded = new Map<Lang, Catalogue>();
const pending = new Map<Lang, Promise<Catalogue>>();
const listeners = new Set<() => void>();

/** Loads a language's catalogue once; a failed load is forgotten, so the next call tries again. */
export function loadCatalogue(lang: Lang): Promise<Catalogue> {
  let promise = pending.get(lang);
  if (!promise) {
    promise = importers[lang]().then(
      (catalogue) => {
        loaded.set(lang, catalogue);
        for (const listener of listeners) listener();
        return catalogue;
      },
      (error: unknown) => {
        pending.delete(lang);
        throw error;
      },
    );
    pending.set(lang, promise);
  }
  return promise;
}

/** Starts loading a language the reader is about to choose (hover or focus on the switch); errors wait for the choice. */
export function preloadCatalogue(lang: Lang): void {
  loadCatalogue(lang).catch(() => undefined);
}

export function loadedCatalogue(lang: Lang): Catalogue | undefined {
  return loaded.get(lang);
}

/** For useSyncExternalStore: changes whenever a catalogue arrives. */
export function loadedCount(): number {
  return loaded.size;
}

export function subscribeCatalogues(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
