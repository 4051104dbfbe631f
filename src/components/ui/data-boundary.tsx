import { QueryErrorResetBoundary } from '@tanstack/react-query';
import { Suspense, type ReactNode } from 'react';
import { isDatasetError } from '@/lib/dataset-error';
import { useI18n } from '@/lib/i18n/i18n';
import { ErrorBoundary } from '@/components/ui/error-boundary';

const SHOWN_ISSUES = 8;

/**
 * Marks a Suspense fallback in the DOM (hidden, before the fallback so that it is never a last child), so
 * that code waiting for a page to finish rendering (`drawCharts`) can tell a page still loading from one
 * that is done.
 */
export const PENDING_SELECTOR = '[data-pending]';
export function PendingMark() {
  return <span hidden data-pending="" />;
}

/** A failed dataset where its content would be: which file, record and field, and Retry. */
export function DatasetErrorView({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useI18n();
  const issues = isDatasetError(error)
    ? error.issues
    : [{ file: '', record: '', field: '', message: error instanceof Error ? error.message : String(error) }];
  const shown = issues.slice(0, SHOWN_ISSUES);
  return (
    <div role="alert" className="rounded-lg border border-danger bg-danger-soft p-4 text-ink">
      <p className="font-semibold">{t('state.error.title')}</p>
      <ul className="mt-2 space-y-1 font-mono text-sm break-words">
        {shown.map((issue, index) => (
          <li key={index}>
            {issue.file && <span className="font-semibold">{issue.file}</span>}
            {issue.record && <> · {issue.record}</>}
            {issue.field && <> · {issue.field}</>}
            {(issue.file || issue.record || issue.field) && ': '}
            {issue.message}
          </li>
        ))}
      </ul>
      {issues.length > shown.length && <p className="mt-1 text-sm">{t('state.error.more', { count: issues.length - shown.length })}</p>}
      <button type="button" className="btn mt-3" onClick={onRetry}>
        {t('state.retry')}
      </button>
    </div>
  );
}

/** A crash that is not a dataset's: the page (or widget) says so, with Retry; the rest keeps working. */
export function CrashView({ onRetry, heading = false }: { onRetry: () => void; heading?: boolean }) {
  const { t } = useI18n();
  const Title = heading ? 'h1' : 'p';
  return (
    <div role="alert" className="rounded-lg border border-danger bg-danger-soft p-4">
      <Title className="text-xl font-semibold">{t('state.crash.title')}</Title>
      <p className="mt-1">{t('state.crash.body')}</p>
      <button type="button" className="btn mt-3" onClick={onRetry}>
        {t('state.retry')}
      </button>
    </div>
  );
}

/**
 * Where data is loaded: shows `skeleton` while the datasets below it load (`useDataset` suspends),
 * and, if one fails, which file, record and field, with Retry (which refetches what failed). Any other
 * render error shows the crash view with Retry. A new `resetKey` (the route) clears an error.
 */
export function DataBoundary({
  children,
  skeleton,
  resetKey,
  pageLevel = false,
}: {
  children: ReactNode;
  skeleton: ReactNode;
  resetKey?: string;
  /** The crash message is the page's heading when the whole page failed. */
  pageLevel?: boolean;
}) {
  return (
    <QueryErrorResetBoundary>
      {({ reset }) => (
        <ErrorBoundary
          resetKey={resetKey}
          onReset={reset}
          fallback={(retry, error) =>
            isDatasetError(error) ? <DatasetErrorView error={error} onRetry={retry} /> : <CrashView onRetry={retry} heading={pageLevel} />
          }
        >
          <Suspense
            fallback={
              <>
                <PendingMark />
                {skeleton}
              </>
            }
          >
            {children}
          </Suspense>
        </ErrorBoundary>
      )}
    </QueryErrorResetBoundary>
  );
}
