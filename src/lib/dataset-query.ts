import { queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import { fetchDataset } from './fetch-dataset';

/** One query per dataset file: fetched once, never stale (static files), filters derived locally. */
export function datasetQueryOptions<S extends z.ZodType>(file: string, schema: S) {
  return queryOptions({
    queryKey: ['dataset', file] as const,
    queryFn: ({ signal }) => fetchDataset(file, schema, signal),
    staleTime: Infinity,
  });
}
