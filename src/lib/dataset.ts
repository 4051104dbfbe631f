import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import type * as z from 'zod/mini';
import { fetchDataset } from '@/lib/fetch-dataset';

/**
 * One definition per dataset: its file in data/ and how to load its schema. The app (through
 * `useDataset`), the data check CLI and the build plugin all read the same definitions. The schema is a
 * dynamic import, so the validator is not in the JavaScript a page needs for its first paint.
 */
export type DatasetDefinition<T> = {
  readonly file: string;
  readonly loadSchema: () => Promise<z.ZodMiniType<T>>;
};

export function defineDataset<T>(file: string, loadSchema: () => Promise<z.ZodMiniType<T>>): DatasetDefinition<T> {
  return { file, loadSchema };
}

/** One query per dataset file: fetched once, never stale (static files); filters are derived locally. */
export function datasetQuery<T>(definition: DatasetDefinition<T>) {
  return queryOptions({
    queryKey: ['dataset', definition.file] as const,
    queryFn: async ({ signal }): Promise<T> => fetchDataset(definition.file, await definition.loadSchema(), signal),
    staleTime: Infinity,
  });
}

/**
 * A dataset's data, for a component under a `DataBoundary`: while it loads the boundary shows its
 * skeleton, and if it fails the boundary shows which file, record and field, with Retry.
 */
export function useDataset<T>(definition: DatasetDefinition<T>): T {
  return useSuspenseQuery(datasetQuery(definition)).data;
}
