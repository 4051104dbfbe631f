import { DatasetError, type DatasetErrorKind, type DatasetIssue } from '@/lib/dataset-error';
import { datasetUrl } from '@/lib/fetch-dataset';
import type { PeopleDataset } from '@/features/people/schema';
import { ROLES } from '@/features/people/vocabulary';
import type { PeopleIndex } from '@/features/people/lib/filter';
import { buildPeopleIndex } from '@/features/people/lib/build-index';
import { summaryAt, type PersonSummary, type SummaryColumns } from '@/features/people/lib/person-summaries';

/**
 * What /people needs of people.json: the index it filters and sorts, each person's card, and the whole
 * file's records (for the CSV and the stated-vs-listed table) once they are here.
 */
export type PeopleList = {
  index: PeopleIndex;
  /** Person i's card: the same object each time, so a memoised card is not rendered again. */
  summary: (i: number) => PersonSummary | undefined;
  /** The records when they are already on this thread; otherwise null, and `dataset()` brings them. */
  records: PeopleDataset | null;
  /** The whole file, validated (the same promise each call). */
  dataset: () => Promise<PeopleDataset>;
};

/** The list from records on this thread: the index is built in slices (names ranked in a worker where there is one). */
export async function listFromDataset(data: PeopleDataset): Promise<PeopleList> {
  const index = await buildPeopleIndex(data.people, ROLES);
  const whole = Promise.resolve(data);
  return { index, summary: (i) => data.people[i], records: data, dataset: () => whole };
}

/** Messages between the page and `people-load.worker.ts`. */
export type ToWorker = { type: 'load'; file: string; url: string } | { type: 'slice'; from: number; to: number };
export type FromWorker =
  | { type: 'ready'; index: PeopleIndex; summaries: SummaryColumns; rest: Omit<PeopleDataset, 'people'> }
  | { type: 'slice'; from: number; people: PeopleDataset['people'] }
  | { type: 'error'; file: string; kind: DatasetErrorKind; issues: DatasetIssue[] };

/** Records per message when the whole file follows the list: each arrives as a task of a few milliseconds. */
const SLICE = 1000;

/** Runs `task` when the browser is idle (or soon, where it cannot say). */
function whenIdle(task: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(task, { timeout: 500 });
  else setTimeout(task, 0);
}

/**
 * Loads people.json in a module worker: it fetches, parses, validates and indexes the file, and posts the
 * index's typed arrays (transferred, not copied) and the cards as one string. The main thread never parses
 * the file. The records follow in slices, at idle time, only when asked for (`dataset()`); `onRecords` gets
 * them (to share them with the other pages). A dataset error comes back naming file, record and field.
 * Resolves null where the worker cannot start (the caller then loads on the main thread).
 */
export function listFromWorker(file: string, signal: AbortSignal, onRecords: (data: PeopleDataset) => void): Promise<PeopleList | null> {
  return new Promise((resolve, reject) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./people-load.worker.ts', import.meta.url), { type: 'module', name: 'people' });
    } catch {
      resolve(null);
      return;
    }
    const send = (message: ToWorker) => worker.postMessage(message);
    let settled = false;
    const onAbort = () => {
      worker.terminate();
      if (!settled) reject(signal.reason instanceof Error ? signal.reason : new Error('aborted'));
    };
    signal.addEventListener('abort', onAbort, { once: true });
    // The worker could not load (a blocked or missing script): the page loads the file itself.
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      worker.terminate();
      if (!settled) resolve(null);
    });

    let records: Promise<PeopleDataset> | null = null;
    let rest: Omit<PeopleDataset, 'people'> | null = null;
    let size = 0;
    const people: PeopleDataset['people'] = [];
    let gotRecords: (data: PeopleDataset) => void = () => undefined;

    // Our own worker's messages, typed by the protocol above.
    worker.addEventListener('message', (event: MessageEvent<FromWorker>) => {
      const message = event.data;
      if (message.type === 'error') {
        worker.terminate();
        settled = true;
        reject(new DatasetError(message.file, message.kind, message.issues));
        return;
      }
      if (message.type === 'ready') {
        settled = true;
        signal.removeEventListener('abort', onAbort);
        const { index, summaries } = message;
        rest = message.rest;
        size = index.size;
        const cards: (PersonSummary | undefined)[] = [];
        const summary = (i: number) => (i < 0 || i >= size ? undefined : (cards[i] ??= summaryAt(summaries, index, i)));
        const dataset = () => {
          records ??= new Promise<PeopleDataset>((done) => {
            gotRecords = done;
            if (size === 0) return done({ ...message.rest, people });
            whenIdle(() => send({ type: 'slice', from: 0, to: Math.min(size, SLICE) }));
          });
          return records;
        };
        resolve({ index, summary, records: null, dataset });
        return;
      }
      people.push(...message.people);
      if (people.length < size) {
        whenIdle(() => send({ type: 'slice', from: people.length, to: Math.min(size, people.length + SLICE) }));
        return;
      }
      worker.terminate();
      if (rest) {
        const data = { ...rest, people };
        gotRecords(data);
        onRecords(data);
      }
    });
    send({ type: 'load', file, url: new URL(datasetUrl(file), location.href).href });
  });
}
