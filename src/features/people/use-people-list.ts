import { queryOptions, useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import { datasetQuery } from '@/lib/dataset';
import { peopleData } from '@/features/people/dataset';
import { listFromDataset, listFromWorker, type PeopleList } from '@/features/people/lib/people-list';

/**
 * /people's list: from the records when another page already loaded them, else from a worker that loads
 * the file off the main thread (and, once the page asks for the records, shares them with the other pages
 * through the dataset's own query), else (no Worker: tests, old browsers) through the dataset's query here.
 */
async function loadPeopleList(client: QueryClient, signal: AbortSignal): Promise<PeopleList> {
  const query = datasetQuery(peopleData);
  const cached = client.getQueryData(query.queryKey);
  if (cached) return listFromDataset(cached);
  if (typeof Worker !== 'undefined') {
    const list = await listFromWorker(peopleData.file, signal, (data) => client.setQueryData(query.queryKey, data));
    if (list) return list;
  }
  return listFromDataset(await client.query(query));
}

/** A view derived from people.json, under the dataset's key: its errors and Retry are the dataset's. */
const peopleListQuery = queryOptions({
  queryKey: ['dataset', peopleData.file, 'list'] as const,
  queryFn: ({ client, signal }) => loadPeopleList(client, signal),
  staleTime: Infinity,
});

/** /people's index, cards and records, for a component under a `DataBoundary` (see `useDataset`). */
export function usePeopleList(): PeopleList {
  return useSuspenseQuery(peopleListQuery).data;
}
