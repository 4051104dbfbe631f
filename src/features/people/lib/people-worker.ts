import { builtDigest } from '@/lib/built-digest';
import { DatasetError, type DatasetErrorKind, type DatasetIssue } from '@/lib/dataset-error';
import type { PeopleDataset } from '@/features/people/schema';
import type { PeopleIndex } from '@/features/people/lib/filter';
import type { PeopleList } from '@/features/people/lib/people-list';
import { summaryAt, type PersonSummary, type SummaryColumns } from '@/features/people/lib/person-summaries';

/** Messages between the page and `people-load.worker.ts`: the file's bytes as they arrive, then the records in slices. */
export type ToWorker =
  | { type: 'bytes'; chunk: Uint8Array }
  | { type: 'end'; file: string; digest: string | undefined }
  | { type: 'slice'; from: number; to: number };
export type FromWorker =
  | { type: 'preview'; index: PeopleIndex; summaries: SummaryColumns }
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

/** Person i's card from the worker's columns: the same object each time, so a memoised card is not rendered again. */
function columnsSummary(summaries: SummaryColumns, index: PeopleIndex): (i: number) => PersonSummary | undefined {
  const cards: (PersonSummary | undefined)[] = [];
  return (i) => (i < 0 || i >= index.size ? undefined : (cards[i] ??= summaryAt(summaries, index, i)));
}

/** A people worker, started when the file proves large: it gets the bytes as they arrive. */
export type PeopleWorker = {
  /** Hands a chunk of the file to the worker (moved, not copied). */
  bytes: (chunk: Uint8Array) => void;
  /** The file is all there: the list once the worker has it, or null if the worker could not run (then nothing was parsed). */
  finish: (file: string, signal: AbortSignal, onRecords: (data: PeopleDataset) => void) => Promise<PeopleList | null>;
  terminate: () => void;
};

/**
 * Starts the module worker that parses, validates and indexes people.json (`people-load.worker.ts`), or null
 * where there is no Worker. It posts the index's typed arrays (transferred, not copied) and the cards as one
 * string: the main thread never parses a large file. The records follow in slices, at idle time, only when
 * asked for (`dataset()`); `onRecords` gets them (to share them with the other pages). A dataset error comes
 * back naming file, record and field. If the worker cannot load (a blocked or missing script), `finish`
 * resolves null and the caller loads the file on the main thread. While the file arrives, the worker may
 * post its first people (see the worker's `preview`): `onPreview` gets them as a list that is not `complete`.
 */
export function startPeopleWorker(onPreview: (list: PeopleList) => void = () => undefined): PeopleWorker | null {
  let worker: Worker;
  try {
    if (typeof Worker === 'undefined') return null;
    worker = new Worker(new URL('./people-load.worker.ts', import.meta.url), { type: 'module', name: 'people' });
  } catch {
    return null;
  }
  const send = (message: ToWorker, transfer: Transferable[] = []) => worker.postMessage(message, { transfer });
  // What the worker says before `finish` is called: its first people, or a failure to load.
  let failed = false;
  let onFailure: () => void = () => undefined;
  worker.addEventListener('error', (event) => {
    event.preventDefault();
    worker.terminate();
    failed = true;
    onFailure();
  });
  // The whole list's records, for the preview's `dataset()` (set by `finish`).
  let whole: Promise<PeopleDataset> | null = null;
  let wholeList: (list: PeopleList) => void = () => undefined;
  const later = new Promise<PeopleList>((resolve) => {
    wholeList = resolve;
  });
  worker.addEventListener('message', (event: MessageEvent<FromWorker>) => {
    const message = event.data;
    if (message.type !== 'preview') return;
    const { index, summaries } = message;
    onPreview({
      index,
      summary: columnsSummary(summaries, index),
      records: null,
      facts: null,
      dataset: () => (whole ??= later.then((list) => list.dataset())),
      complete: false,
    });
  });
  const finish: PeopleWorker['finish'] = (file, signal, onRecords) =>
    new Promise((resolve, reject) => {
      if (failed) {
        resolve(null);
        return;
      }
      let settled = false;
      onFailure = () => {
        if (!settled) resolve(null);
      };
      const onAbort = () => {
        worker.terminate();
        if (!settled) reject(signal.reason instanceof Error ? signal.reason : new Error('aborted'));
      };
      signal.addEventListener('abort', onAbort, { once: true });

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
        if (message.type === 'preview') return;
        if (message.type === 'ready') {
          settled = true;
          signal.removeEventListener('abort', onAbort);
          const { index, summaries } = message;
          rest = message.rest;
          size = index.size;
          const dataset = () => {
            records ??= new Promise<PeopleDataset>((done) => {
              gotRecords = done;
              if (size === 0) return done({ ...message.rest, people });
              whenIdle(() => send({ type: 'slice', from: 0, to: Math.min(size, SLICE) }));
            });
            return records;
          };
          const list: PeopleList = {
            index,
            summary: columnsSummary(summaries, index),
            records: null,
            facts: message.rest,
            dataset,
            complete: true,
          };
          wholeList(list);
          resolve(list);
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
      // The digest the build wrote into the page: a worker has no document to read it from.
      void builtDigest(file).then((digest) => send({ type: 'end', file, digest }));
    });
  return {
    // A chunk that is a view on part of a larger buffer is copied; the rest are moved.
    bytes: (chunk) =>
      send({ type: 'bytes', chunk }, chunk.byteOffset === 0 && chunk.byteLength === chunk.buffer.byteLength ? [chunk.buffer] : []),
    finish,
    terminate: () => worker.terminate(),
  };
}
