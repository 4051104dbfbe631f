import { useEffect } from 'react';

export function useDocumentTitle(title: string, suffix?: string) {
  useEffect(() => {
    document.title = suffix ? `${title} · ${suffix}` : title;
  }, [title, suffix]);
}
