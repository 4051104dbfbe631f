import { z } from 'zod';
import { useQuery } from '@tanstack/react-query';
import { isoDate, localized, sourceUrl } from './schema';
import { datasetQueryOptions } from './dataset-query';

export const sourceRecord = z.object({
  url: sourceUrl,
  title: localized,
  date: isoDate,
  publisher: z.string().min(1),
});
export const sourcesDataset = z.object({ sources: z.array(sourceRecord).min(1) });
export type SourceRecord = z.infer<typeof sourceRecord>;
export type SourcesDataset = z.infer<typeof sourcesDataset>;

export const SOURCES_FILE = 'sources.json';
export const sourcesQuery = datasetQueryOptions(SOURCES_FILE, sourcesDataset);

/** Looks a source up by URL; while sources.json loads (or if it failed) the URL alone is shown. */
export function useSource(url: string): SourceRecord | undefined {
  const { data } = useQuery(sourcesQuery);
  return data?.sources.find((source) => source.url === url);
}
