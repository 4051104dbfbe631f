import { queryOptions, useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';
import { datasetQuery } from '@/lib/dataset';
import { fetchDatasetBody } from '@/lib/fetch-dataset';
import { peopleData } from '@/features/people/dataset';
import { listFromDataset, peopleFromText, readPeopleBody, type PeopleList } from '@/features/people/lib/people-list';

/**
 * /people's list as it loads: the whole list, or first the people at the start of a large file (not
 * `complete`), replaced by the whole list when the worker has it. If the whole file then fails, `current`
 * throws its error (the page's boundary shows it, with Retry).
 */
type PeopleLoad = { current: () => PeopleList; subscribe: (listener: () => void) => () => void };

const listKey = ['dataset', peopleData.file, 'list'] as const;

/**
 * /people's list: from the records when another page already loaded them; else the file is read here and,
 * when small (the usual case), parsed, validated and indexed here in a few milliseconds, its records shared
 * with the other pages through the dataset's own query; a large file goes to a worker as it arrives (see
 * `readPeopleBody`), which shows its first people while the rest arrives; where that worker cannot run, the
 * file is loaded through the dataset's query here.
 */
function loadPeopleList(client: QueryClient, signal: AbortSignal): Promise<PeopleLoad> {
  const query = datasetQuery(peopleData);
  let list: PeopleList | null = null;
  let failure: { error: unknown } | null = null;
  const listeners = new Set<() => void>();
  const load: PeopleLoad = {
    current: () => {
      if (failure) throw failure.error;
      if (!list) throw new Error('people.json: no list yet');
      return list;
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return new Promise<PeopleLoad>((resolve, reject) => {
    const show = (next: PeopleList) => {
      list = next;
      resolve(load);
      for (const listener of listeners) listener();
    };
    const whole = async (): Promise<PeopleList> => {
      const cached = client.getQueryData(query.queryKey);
      if (cached) return listFromDataset(cached);
      const start = () =>
        import('@/features/people/lib/people-worker').then((m) =>
          m.startPeopleWorker((first) => {
            if (!list) show(first);
          }),
        );
      const body = await fetchDatasetBody(peopleData.file, (response) => readPeopleBody(response, start), signal);
      if (body.worker) {
        const fromWorker = await body.worker.finish(peopleData.file, signal, (data) => client.setQueryData(query.queryKey, data));
        return fromWorker ?? listFromDataset(await client.query(query));
      }
      const data = await peopleFromText(peopleData.file, body.text);
      client.setQueryData(query.queryKey, data);
      return listFromDataset(data);
    };
    whole().then(show, (error: unknown) => {
      if (!list) return reject(error instanceof Error ? error : new Error(String(error)));
      // The first people are on screen: the error replaces them, and Retry loads the file again.
      failure = { error };
      client.removeQueries({ queryKey: listKey, exact: true });
      for (const listener of listeners) listener();
    });
  });
}

/** A view derived from people.json, under the dataset's key: its errors and Retry are the dataset's. */
const peopleListQuery = queryOptions({
  queryKey: listKey,
  queryFn: ({ client, signal }) => loadPeopleList(client, signal),
  staleTime: Infinity,
});

/** /people's index, cards and records, for a component under a `DataBoundary` (see `useDataset`). */
export function usePeopleList(): PeopleList {
  const load = useSuspenseQuery(peopleListQuery).data;
  return useSyncExternalStore(load.subscribe, load.current, load.current);
}
