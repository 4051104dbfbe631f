import { queryOptions } from '@tanstack/react-query';
import type * as z from 'zod/mini';
import { fetchDataset } from './fetch-dataset';

/**
 * One query per dataset file: fetched once, never stale (static files), filters derived locally.
 * The schema is loaded with the data (a dynamic import), so the validator is not part of the first paint.
 */
export function datasetQueryOptions<T>(file: string, loadSchema: () => Promise<z.ZodMiniType<T>>) {
  return queryOptions({
    queryKey: ['dataset', file] as const,
    queryFn: async ({ signal }): Promise<T> => fetchDataset(file, await loadSchema(), signal),
    staleTime: Infinity,
  });
}
