import { useQuery } from '@tanstack/react-query';
import { datasetQueryOptions } from './dataset-query';
import type { SourceRecord, SourcesDataset } from './sources-schema';

export const SOURCES_FILE = 'sources.json';
export const sourcesQuery = datasetQueryOptions<SourcesDataset>(SOURCES_FILE, () => import('./sources-schema').then((m) => m.sourcesDataset));

/** Looks a source up by URL; while sources.json loads (or if it failed) the URL alone is shown. */
export function useSource(url: string): SourceRecord | undefined {
  const { data } = useQuery(sourcesQuery);
  return data?.sources.find((source) => source.url === url);
}
