import {
  createContext,
  use,
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import { useSearchParams } from 'react-router-dom';
import type { MessageKey } from '@/lib/i18n/en';
import { loadCatalogue, loadedCatalogue, loadedCount, subscribeCatalogues } from '@/lib/i18n/catalogues';
import type { Localized } from '@/lib/schema';
import { formatIsoDate, interpolate, type Lang } from '@/lib/i18n/format';
import { addressInLang } from '@/lib/lang-path';

export type { Lang };
export const LANGS: readonly Lang[] = ['zh', 'en'];
const STORAGE_KEY = 'dashboard.lang';

export function parseLang(value: string | null | undefined): Lang | undefined {
  return value === 'zh' || value === 'en' ? value : undefined;
}

/** Browser default: Chinese for any zh-* preference that comes before English, else English. */
export function browserLang(languages: readonly string[]): Lang {
  for (const tag of languages) {
    const lower = tag.toLowerCase();
    if (lower.startsWith('zh')) return 'zh';
    if (lower.startsWith('en')) return 'en';
  }
  return 'en';
}

/**
 * The reader's language: the address's own (`/en/…`) wins, then a `?lang=` link, then the stored choice,
 * then the browser's preference.
 */
function chooseLang(pathLang: Lang | undefined, fromUrl: Lang | undefined, stored: Lang | undefined): Lang {
  return pathLang ?? fromUrl ?? stored ?? browserLang(typeof navigator === 'undefined' ? [] : navigator.languages);
}

/**
 * Loads the catalogue of the language the first render will use (decided as I18nProvider decides it),
 * so that the app renders once, in that language, and never shows a key.
 */
export function loadInitialCatalogue(search: string = window.location.search, pathLang?: Lang): Promise<unknown> {
  return loadCatalogue(chooseLang(pathLang, parseLang(new URLSearchParams(search).get('lang')), readStored()));
}

const listeners = new Set<() => void>();
function readStored(): Lang | undefined {
  try {
    return parseLang(window.localStorage.getItem(STORAGE_KEY));
  } catch {
    return undefined;
  }
}
function store(lang: Lang) {
  try {
    window.localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // Storage may be unavailable (private mode); the choice then lasts for this page only.
  }
  for (const listener of listeners) listener();
}
function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export type I18n = {
  lang: Lang;
  t: (key: MessageKey, values?: Record<string, string | number>) => string;
  /** Picks the language of a bilingual data field. */
  l: (text: Localized) => string;
  number: (value: number) => string;
  date: (iso: string) => string;
  setLang: (lang: Lang) => void;
};

const I18nContext = createContext<I18n | null>(null);

/** A message whose part was not loaded: a defect (the build's cut missed a use), shown as its key and reported. */
function missing(key: MessageKey): string {
  console.error(`Message ${key} is not loaded`);
  return key;
}

/**
 * `pathLang`: the language the address starts with (`/en/people`); it wins over `?lang=`, the stored choice
 * and the browser, and choosing another language opens the same page at that language's address.
 */
export function I18nProvider({ children, pathLang }: { children: ReactNode; pathLang?: Lang }) {
  const [params, setParams] = useSearchParams();
  const fromUrl = parseLang(params.get('lang'));
  const stored = useSyncExternalStore(subscribe, readStored, () => undefined);
  const wanted = chooseLang(pathLang, fromUrl, stored);
  // The page shows a language only once its catalogue is here: while another one loads (a back button
  // to a ?lang= link), the page stays in the language it is in, never in keys and never blank.
  const arrived = useSyncExternalStore(subscribeCatalogues, loadedCount, loadedCount);
  const lang: Lang = loadedCatalogue(wanted) ? wanted : (LANGS.find((l) => loadedCatalogue(l)) ?? wanted);
  // Nothing loaded at all (the app rendered without loadInitialCatalogue): wait for it.
  const catalogue = loadedCatalogue(lang) ?? use(loadCatalogue(lang));
  // A catalogue that cannot load is shown by the root boundary, whose Retry loads it again.
  const [failure, setFailure] = useState<{ error: unknown }>();

  // setLang must keep its identity across navigations: every component reading the catalogue
  // would otherwise re-render (charts included) on each keystroke that updates the URL.
  const latest = useRef({ params, setParams });
  useLayoutEffect(() => {
    latest.current = { params, setParams };
  });
  const setLang = useCallback(
    (next: Lang) => {
      // At a language's own address the other language is another page: go there (its HTML is in that language).
      if (pathLang !== undefined) {
        store(next);
        if (next !== pathLang) window.location.assign(addressInLang(window.location, import.meta.env.BASE_URL, next));
        return;
      }
      const apply = () => {
        store(next);
        const { params: current, setParams: set } = latest.current;
        if (current.has('lang')) {
          set(
            (prev) => {
              const copy = new URLSearchParams(prev);
              copy.set('lang', next);
              return copy;
            },
            { replace: true, preventScrollReset: true },
          );
        }
      };
      // The choice takes effect when its catalogue is here, so the switch is one render from one language to the other.
      if (loadedCatalogue(next)) apply();
      else loadCatalogue(next).then(apply, (error: unknown) => setFailure({ error }));
    },
    [pathLang],
  );

  useEffect(() => {
    if (!loadedCatalogue(wanted)) loadCatalogue(wanted).catch((error: unknown) => setFailure({ error }));
  }, [wanted, arrived]);

  // A ?lang= link wins and is remembered, so the choice survives navigation within the app.
  useEffect(() => {
    const chosen = pathLang ?? fromUrl;
    if (chosen && chosen !== readStored()) store(chosen);
  }, [pathLang, fromUrl]);

  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  }, [lang]);

  const value = useMemo<I18n>(() => {
    const numberFormat = new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en');
    const number = (n: number) => numberFormat.format(n);
    return {
      lang,
      t: (key, values) => interpolate(catalogue[key] ?? missing(key), values, number),
      l: (text) => (lang === 'zh' ? text.zh : text.en),
      number,
      date: (iso) => formatIsoDate(iso, lang),
      setLang,
    };
  }, [lang, catalogue, setLang]);

  if (failure) throw failure.error;
  return <I18nContext value={value}>{children}</I18nContext>;
}

export function useI18n(): I18n {
  const value = use(I18nContext);
  if (!value) throw new Error('useI18n must be used inside I18nProvider');
  return value;
}
