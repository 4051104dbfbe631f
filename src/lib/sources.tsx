import { queryOptions, useQuery, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { createContext, use, useMemo, type ReactNode } from 'react';
import { fetchDataset } from '@/lib/dataset';
import type { SourceRecord } from '@/lib/sources-schema';
import { sourcesData } from '@/lib/sources-dataset';

type SourcesResult = { sources: readonly SourceRecord[]; error: unknown };

/**
 * The app's sources query never throws: a page whose sources failed still shows its figures, with bare
 * source URLs and a visible error with Retry (`SourcesError`), instead of losing the whole page.
 */
const sourcesQuery = queryOptions({
  queryKey: ['dataset', sourcesData.file, 'settled'] as const,
  queryFn: async ({ signal }): Promise<SourcesResult> => {
    try {
      const data = await fetchDataset(sourcesData, signal);
      return { sources: data.sources, error: null };
    } catch (error) {
      if (signal.aborted) throw error;
      return { sources: [], error };
    }
  },
  staleTime: Infinity,
});

type Sources = { byUrl: ReadonlyMap<string, SourceRecord>; error: unknown };
const SourcesContext = createContext<Sources>({ byUrl: new Map(), error: null });

/**
 * Loads sources.json (suspending until it has loaded or failed, so source titles never arrive late and
 * reflow a page) and hands every SourceLink a map by URL: one query observer, not one per link.
 */
export function SourcesProvider({ children }: { children: ReactNode }) {
  const { data } = useSuspenseQuery(sourcesQuery);
  const value = useMemo(() => ({ byUrl: new Map(data.sources.map((source) => [source.url, source])), error: data.error }), [data]);
  return <SourcesContext value={value}>{children}</SourcesContext>;
}

/** Looks a source up by URL; if sources.json failed, the URL alone is shown. */
export function useSource(url: string): SourceRecord | undefined {
  return use(SourcesContext).byUrl.get(url);
}

/** The error sources.json failed with (null when it loaded), and a retry. */
export function useSourcesError(): { error: unknown; retry: () => void } {
  const client = useQueryClient();
  const { error } = use(SourcesContext);
  return { error, retry: () => void client.refetchQueries({ queryKey: sourcesQuery.queryKey }) };
}

/** Every source, for a page that lists them (suspends like a dataset; empty if sources.json failed). */
export function useSources(): readonly SourceRecord[] {
  return useSuspenseQuery(sourcesQuery).data.sources;
}

/** The date of the newest source ("data as of"), once sources.json has loaded; never waits for it. */
export function useLatestSourceDate(): string | undefined {
  const { data } = useQuery(sourcesQuery);
  return latestDate(data?.sources ?? []);
}

export function latestDate(sources: readonly { date: string }[]): string | undefined {
  let latest: string | undefined;
  for (const source of sources) if (latest === undefined || source.date > latest) latest = source.date;
  return latest;
}
