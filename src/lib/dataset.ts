import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import type * as z from 'zod/mini';
import { builtDigest, matchesDigest } from '@/lib/built-digest';
import { fetchDatasetText } from '@/lib/fetch-dataset';

/**
 * One definition per dataset: its file in data/ and how to load its schema. The app (through
 * `useDataset`), the data check CLI and the build plugin all read the same definitions. The schema is a
 * dynamic import, loaded only when a file must be validated in the page (see `fetchDataset`).
 */
export type DatasetDefinition<T> = {
  readonly file: string;
  readonly loadSchema: () => Promise<z.ZodMiniType<T>>;
};

export function defineDataset<T>(file: string, loadSchema: () => Promise<z.ZodMiniType<T>>): DatasetDefinition<T> {
  return { file, loadSchema };
}

/**
 * Whether `value` is the dataset: `verified` is true only for the text of a file the build validated with
 * this dataset's schema. The one place a dataset is taken without running its schema in the page; the
 * schemas only check (no transforms, no defaults: a test holds them to it), so the parsed JSON is what
 * the schema would have returned.
 */
function isValidatedByBuild<T>(value: unknown, _definition: DatasetDefinition<T>, verified: boolean): value is T {
  return verified;
}

/**
 * Fetches `data/<file>` and returns its data. The text the build validated (same SHA-256) is only parsed;
 * any other text (edited on the host, cut off, the dev server's, or where the browser cannot hash) is
 * validated by the dataset's schema, loaded then, exactly as before. Throws only DatasetError.
 */
export async function fetchDataset<T>(definition: DatasetDefinition<T>, signal?: AbortSignal): Promise<T> {
  const expected = builtDigest(definition.file);
  const text = await fetchDatasetText(definition.file, signal);
  const verified = await matchesDigest(text, await expected);
  if (verified) {
    // The very text the build parsed (without a byte order mark: the browser's decoding drops one, so such a file never matches).
    const value: unknown = JSON.parse(text);
    if (isValidatedByBuild(value, definition, verified)) return value;
  }
  const [{ parseDataset }, schema] = await Promise.all([import('@/lib/validate-dataset'), definition.loadSchema()]);
  return parseDataset(`data/${definition.file}`, text, schema);
}

/** One query per dataset file: fetched once, never stale (static files); filters are derived locally. */
export function datasetQuery<T>(definition: DatasetDefinition<T>) {
  return queryOptions({
    queryKey: ['dataset', definition.file] as const,
    queryFn: ({ signal }): Promise<T> => fetchDataset({ file: definition.file, loadSchema: () => definition.loadSchema() }, signal),
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
