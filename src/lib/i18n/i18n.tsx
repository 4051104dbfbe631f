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

export type Lang = 'zh' | 'en';
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

/** The reader's language: a `?lang=` link wins, then the stored choice, then the browser's preference. */
function chooseLang(fromUrl: Lang | undefined, stored: Lang | undefined): Lang {
  return fromUrl ?? stored ?? browserLang(typeof navigator === 'undefined' ? [] : navigator.languages);
}

/**
 * Loads the catalogue of the language the first render will use (decided as I18nProvider decides it),
 * so that the app renders once, in that language, and never shows a key.
 */
export function loadInitialCatalogue(search: string = window.location.search): Promise<unknown> {
  return loadCatalogue(chooseLang(parseLang(new URLSearchParams(search).get('lang')), readStored()));
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

export function interpolate(template: string, values: Record<string, string | number> | undefined, format: (n: number) => string) {
  if (!values) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) => {
    const value = values[name];
    if (value === undefined) return match;
    return typeof value === 'number' ? format(value) : value;
  });
}

/** Intl formatters are costly to create (a chart formats hundreds of ticks): one per language and precision. */
const dateFormats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(lang: Lang, precision: 'year' | 'month' | 'day'): Intl.DateTimeFormat {
  const key = `${lang}:${precision}`;
  let format = dateFormats.get(key);
  if (!format) {
    const options: Intl.DateTimeFormatOptions =
      precision === 'year'
        ? { year: 'numeric', timeZone: 'UTC' }
        : precision === 'month'
          ? { year: 'numeric', month: 'long', timeZone: 'UTC' }
          : { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' };
    format = new Intl.DateTimeFormat(lang === 'zh' ? 'zh-CN' : 'en', options);
    dateFormats.set(key, format);
  }
  return format;
}

/** Formats `YYYY`, `YYYY-MM` or `YYYY-MM-DD` through Intl, in UTC so a date never shifts by a day. */
export function formatIsoDate(iso: string, lang: Lang): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (y === undefined || Number.isNaN(y)) return iso;
  const date = new Date(Date.UTC(y, (m ?? 1) - 1, d ?? 1));
  return dateFormat(lang, m === undefined ? 'year' : d === undefined ? 'month' : 'day').format(date);
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [params, setParams] = useSearchParams();
  const fromUrl = parseLang(params.get('lang'));
  const stored = useSyncExternalStore(subscribe, readStored, () => undefined);
  const wanted = chooseLang(fromUrl, stored);
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
  const setLang = useCallback((next: Lang) => {
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
  }, []);

  useEffect(() => {
    if (!loadedCatalogue(wanted)) loadCatalogue(wanted).catch((error: unknown) => setFailure({ error }));
  }, [wanted, arrived]);

  // A ?lang= link wins and is remembered, so the choice survives navigation within the app.
  useEffect(() => {
    if (fromUrl && fromUrl !== readStored()) store(fromUrl);
  }, [fromUrl]);

  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  }, [lang]);

  const value = useMemo<I18n>(() => {
    const numberFormat = new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en');
    const number = (n: number) => numberFormat.format(n);
    return {
      lang,
      t: (key, values) => interpolate(catalogue[key], values, number),
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
