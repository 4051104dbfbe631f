import { queryOptions, useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import { datasetQuery } from '@/lib/dataset';
import { fetchDatasetBody } from '@/lib/fetch-dataset';
import { peopleData } from '@/features/people/dataset';
import { listFromDataset, peopleFromText, readPeopleBody, type PeopleList } from '@/features/people/lib/people-list';

/**
 * /people's list: from the records when another page already loaded them; else the file is read here and,
 * when small (the usual case), parsed, validated and indexed here in a few milliseconds, its records shared
 * with the other pages through the dataset's own query; a large file goes to a worker as it arrives (see
 * `readPeopleBody`), or, where that worker cannot run, is loaded through the dataset's query here.
 */
async function loadPeopleList(client: QueryClient, signal: AbortSignal): Promise<PeopleList> {
  const query = datasetQuery(peopleData);
  const cached = client.getQueryData(query.queryKey);
  if (cached) return listFromDataset(cached);
  const body = await fetchDatasetBody(peopleData.file, (response) => readPeopleBody(response), signal);
  if (body.worker) {
    const list = await body.worker.finish(peopleData.file, signal, (data) => client.setQueryData(query.queryKey, data));
    return list ?? listFromDataset(await client.query(query));
  }
  const data = await peopleFromText(peopleData.file, body.text);
  client.setQueryData(query.queryKey, data);
  return listFromDataset(data);
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
