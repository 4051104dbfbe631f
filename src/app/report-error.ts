import type { ErrorInfo } from 'react';
import { isDatasetError } from '@/lib/dataset-error';

/**
 * How errors caught by a boundary are reported (the boundary shows them in the page). A dataset that
 * failed (network, schema) is an expected state with Retry: a warning. Anything else is a defect: an error.
 */
export function reportCaughtError(error: unknown, info: ErrorInfo): void {
  if (isDatasetError(error)) console.warn(error.message);
  else console.error(error, info.componentStack);
}
