import { useCallback, useEffect, useSyncExternalStore } from 'react';

export type ThemeChoice = 'system' | 'light' | 'dark';
export const THEME_CHOICES: readonly ThemeChoice[] = ['system', 'light', 'dark'];
/** Same key as public/boot.js, which applies the theme before the first paint. */
const STORAGE_KEY = 'dashboard.theme';
const listeners = new Set<() => void>();

function parseTheme(value: string | null): ThemeChoice {
  return value === 'light' || value === 'dark' ? value : 'system';
}
function read(): ThemeChoice {
  try {
    return parseTheme(window.localStorage.getItem(STORAGE_KEY));
  } catch {
    return 'system';
  }
}
function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function applyTheme(choice: ThemeChoice, prefersDark: boolean) {
  const dark = choice === 'dark' || (choice === 'system' && prefersDark);
  document.documentElement.classList.toggle('dark', dark);
  document.documentElement.classList.toggle('light', !dark);
  document.documentElement.style.colorScheme = dark ? 'dark' : 'light';
}

export function useTheme() {
  const choice = useSyncExternalStore(subscribe, read, () => 'system' as const);

  useEffect(() => {
    const media = window.matchMedia('(prefers-color-scheme: dark)');
    const update = () => applyTheme(choice, media.matches);
    update();
    media.addEventListener('change', update);
    return () => media.removeEventListener('change', update);
  }, [choice]);

  const setChoice = useCallback((next: ThemeChoice) => {
    try {
      window.localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Without storage the choice lasts for this page only.
    }
    for (const listener of listeners) listener();
  }, []);

  return { choice, setChoice };
}
