import { useQuery } from '@tanstack/react-query';
import { createContext, use, useEffect, useMemo, useState, type ReactNode } from 'react';
import { datasetQueryOptions } from './dataset-query';
import type { SourceRecord, SourcesDataset } from './sources-schema';

export const SOURCES_FILE = 'sources.json';
export const sourcesQuery = datasetQueryOptions<SourcesDataset>(SOURCES_FILE, () => import('./sources-schema').then((m) => m.sourcesDataset));

type Sources = { byUrl: ReadonlyMap<string, SourceRecord>; settled: boolean };
const SOURCES_WAIT_MS = 3000;

const SourcesContext = createContext<Sources>({ byUrl: new Map(), settled: true });

/**
 * Loads sources.json once, from the start (in parallel with a page's data, so source titles do not
 * arrive late and reflow the tables they sit in), and hands every SourceLink a map by URL: a page
 * with hundreds of sourced rows then costs one query observer, not one per row.
 */
export function SourcesProvider({ children }: { children: ReactNode }) {
  const { data, isPending } = useQuery(sourcesQuery);
  // A sources.json that hangs must not hold pages back: after a few seconds they show without titles.
  const [waited, setWaited] = useState(false);
  useEffect(() => {
    const timer = window.setTimeout(() => setWaited(true), SOURCES_WAIT_MS);
    return () => window.clearTimeout(timer);
  }, []);
  const settled = !isPending || waited;
  const value = useMemo(() => ({ byUrl: new Map((data?.sources ?? []).map((source) => [source.url, source])), settled }), [data, settled]);
  return <SourcesContext value={value}>{children}</SourcesContext>;
}

/** Looks a source up by URL; while sources.json loads (or if it failed) the URL alone is shown. */
export function useSource(url: string): SourceRecord | undefined {
  return use(SourcesContext).byUrl.get(url);
}

/**
 * Whether sources.json has loaded or failed. Pages wait for it before showing content, so that source
 * titles replacing bare URLs never reflow a page under the reader (a failed file leaves the URLs).
 */
export function useSourcesSettled(): boolean {
  return use(SourcesContext).settled;
}
