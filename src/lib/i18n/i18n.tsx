import { createContext, use, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useSyncExternalStore, type ReactNode } from 'react';
import { useSearchParams } from 'react-router-dom';
import { en, type MessageKey } from '@/lib/i18n/en';
import { zh } from '@/lib/i18n/zh';
import type { Localized } from '@/lib/schema';
import { addressInLang } from '@/lib/lang-path';
import { formatIsoDate, interpolate, type Lang } from '@/lib/i18n/format';

export type { Lang };
export const LANGS: readonly Lang[] = ['zh', 'en'];
const STORAGE_KEY = 'dashboard.lang';
const catalogues: Record<Lang, Record<MessageKey, string>> = { zh, en };

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

/**
 * `pathLang`: the language the address starts with (`/en/people`); it wins over `?lang=`, the stored choice
 * and the browser, and choosing another language opens the same page at that language's address.
 */
export function I18nProvider({ children, pathLang }: { children: ReactNode; pathLang?: Lang }) {
  const [params, setParams] = useSearchParams();
  const fromUrl = parseLang(params.get('lang'));
  const stored = useSyncExternalStore(subscribe, readStored, () => undefined);
  const lang: Lang = pathLang ?? fromUrl ?? stored ?? browserLang(typeof navigator === 'undefined' ? [] : navigator.languages);

  // setLang must keep its identity across navigations: every component reading the catalogue
  // would otherwise re-render (charts included) on each keystroke that updates the URL.
  const latest = useRef({ params, setParams });
  useLayoutEffect(() => {
    latest.current = { params, setParams };
  });
  const setLang = useCallback(
    (next: Lang) => {
      store(next);
      if (pathLang !== undefined) {
        if (next !== pathLang) window.location.assign(addressInLang(window.location, import.meta.env.BASE_URL, next));
        return;
      }
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
    },
    [pathLang],
  );

  // A ?lang= link wins and is remembered, so the choice survives navigation within the app.
  useEffect(() => {
    const chosen = pathLang ?? fromUrl;
    if (chosen && chosen !== readStored()) store(chosen);
  }, [pathLang, fromUrl]);

  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  }, [lang]);

  const value = useMemo<I18n>(() => {
    const catalogue = catalogues[lang];
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
  }, [lang, setLang]);

  return <I18nContext value={value}>{children}</I18nContext>;
}

export function useI18n(): I18n {
  const value = use(I18nContext);
  if (!value) throw new Error('useI18n must be used inside I18nProvider');
  return value;
}
