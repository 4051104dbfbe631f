import type { ReactNode } from 'react';
import { ErrorBoundary } from '@/components/ui/error-boundary';

/**
 * The last line: outside the i18n provider, so it shows both languages. It only appears if the
 * shell itself fails; page errors are caught closer, per route.
 */
export function RootErrorBoundary({ children }: { children: ReactNode }) {
  return (
    <ErrorBoundary
      fallback={(reset) => (
        <main className="mx-auto max-w-xl p-8">
          <h1 className="text-2xl font-semibold">出错了 · Something went wrong</h1>
          <p className="mt-2">请刷新页面重试。 · Please reload the page to try again.</p>
          <button type="button" className="btn mt-4" onClick={reset}>
            重试 · Retry
          </button>
        </main>
      )}
    >
      {children}
    </ErrorBoundary>
  );
}
