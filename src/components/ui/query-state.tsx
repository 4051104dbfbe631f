import { useDeferredValue, type ReactNode } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import { isDatasetError } from '@/lib/dataset-error';
import { useI18n } from '@/lib/i18n/i18n';

const SHOWN_ISSUES = 8;

/** Shows a failed dataset where its content would be: which file, record and field, and Retry. */
export function DatasetErrorView({ error, onRetry, retrying }: { error: unknown; onRetry: () => void; retrying: boolean }) {
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
      <button type="button" className="btn mt-3" onClick={onRetry} disabled={retrying}>
        {retrying ? t('state.retrying') : t('state.retry')}
      </button>
    </div>
  );
}

/** Takes about the room its content will, so nothing below jumps when the data arrives. */
export function LoadingView({ file, minHeight = 'min-h-[60vh]' }: { file: string; minHeight?: string }) {
  const { t } = useI18n();
  return (
    <p role="status" className={`animate-pulse text-muted ${minHeight}`}>
      {t('state.loading', { file })}
    </p>
  );
}

/**
 * Renders a query's three states: loading, error with Retry, or the content built from its data.
 * The content is rendered from a deferred copy of the data: React builds a large page (a hundred
 * events, a grid of people) in slices between which the browser stays responsive, instead of in
 * one long task, and shows the loading state until it is done.
 */
export function QueryState<T>({
  query,
  file,
  children,
  minHeight,
}: {
  query: UseQueryResult<T>;
  file: string;
  children: (data: T) => ReactNode;
  minHeight?: string;
}) {
  const data = useDeferredValue(query.data);
  if (query.isPending) return <LoadingView file={file} minHeight={minHeight} />;
  if (query.isError) {
    return <DatasetErrorView error={query.error} onRetry={() => void query.refetch()} retrying={query.isFetching} />;
  }
  if (data === undefined) return <LoadingView file={file} minHeight={minHeight} />;
  return <>{children(data)}</>;
}
