/**
 * Loads people.json off the main thread: fetch, parse, validate (the dataset's own schema, so errors name
 * file, record and field), index, and the cards as columns. Posts the index's typed arrays by transfer and
 * keeps the records, which the page asks for in slices when it needs them. See `listFromWorker`.
 */
import { isDatasetError } from '@/lib/dataset-error';
import { fetchDataset } from '@/lib/fetch-dataset';
import { peopleDataset, type PeopleDataset } from '@/features/people/schema';
import { ROLES } from '@/features/people/vocabulary';
import { indexPeople } from '@/features/people/lib/filter';
import { summaryColumns } from '@/features/people/lib/person-summaries';
import type { FromWorker, ToWorker } from '@/features/people/lib/people-list';

let loaded: PeopleDataset | null = null;

const post = (message: FromWorker, transfer: Transferable[] = []) => self.postMessage(message, { transfer });

async function load(file: string, url: string): Promise<void> {
  const path = `data/${file}`;
  try {
    const data = await fetchDataset(file, peopleDataset, undefined, url);
    loaded = data;
    const { people, ...rest } = data;
    const index = indexPeople(people, ROLES);
    const summaries = summaryColumns(people);
    const buffers = [index.starts, index.pairStart, index.pairs, index.lastYear, index.nameRank, summaries.starts].map((a) => a.buffer);
    post({ type: 'ready', index, summaries, rest }, buffers);
  } catch (error) {
    if (isDatasetError(error)) post({ type: 'error', file: error.file, kind: error.kind, issues: [...error.issues] });
    else {
      const message = error instanceof Error ? error.message : String(error);
      post({ type: 'error', file: path, kind: 'parse', issues: [{ file: path, record: '', field: '', message }] });
    }
  }
}

// The page's own messages, typed by the protocol in people-list.ts.
self.addEventListener('message', (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  if (message.type === 'load') void load(message.file, message.url);
  else if (loaded) post({ type: 'slice', from: message.from, people: loaded.people.slice(message.from, message.to) });
});
