import { useQuery } from '@tanstack/react-query';
import { createContext, use, useMemo, type ReactNode } from 'react';
import { datasetQueryOptions } from './dataset-query';
import type { SourceRecord, SourcesDataset } from './sources-schema';

export const SOURCES_FILE = 'sources.json';
export const sourcesQuery = datasetQueryOptions<SourcesDataset>(SOURCES_FILE, () => import('./sources-schema').then((m) => m.sourcesDataset));

const SourcesContext = createContext<ReadonlyMap<string, SourceRecord>>(new Map());

/**
 * Loads sources.json once, from the start (in parallel with a page's data, so source titles do not
 * arrive late and reflow the tables they sit in), and hands every SourceLink a map by URL: a page
 * with hundreds of sourced rows then costs one query observer, not one per row.
 */
export function SourcesProvider({ children }: { children: ReactNode }) {
  const { data } = useQuery(sourcesQuery);
  const byUrl = useMemo(() => new Map((data?.sources ?? []).map((source) => [source.url, source])), [data]);
  return <SourcesContext value={byUrl}>{children}</SourcesContext>;
}

/** Looks a source up by URL; while sources.json loads (or if it failed) the URL alone is shown. */
export function useSource(url: string): SourceRecord | undefined {
  return use(SourcesContext).get(url);
}
