import { builtDigest, matchesDigest } from '@/lib/built-digest';
import { DatasetError, type DatasetErrorKind, type DatasetIssue } from '@/lib/dataset-error';
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

/**
 * Bytes of people.json above which a worker parses, validates and indexes it. Below, this thread does it in a
 * few milliseconds (the 590 people of 2025 are 280 KB), and no worker's code is loaded.
 */
export const WORKER_BYTES = 1 << 20;

/** True only for the text of the file the build validated with the people schema (see lib/dataset.ts). */
function isValidatedByBuild(value: unknown, verified: boolean): value is PeopleDataset {
  return verified;
}

/**
 * people.json's data from its text, as `fetchDataset` makes it: the text the build validated is only parsed;
 * any other is validated (people through the fast path, see validate-people.ts), that code loaded then.
 */
export async function peopleFromText(file: string, text: string): Promise<PeopleDataset> {
  const verified = await matchesDigest(text, await builtDigest(file));
  if (verified) {
    const value: unknown = JSON.parse(text);
    if (isValidatedByBuild(value, verified)) return value;
  }
  const path = `data/${file}`;
  const [{ parseJson }, { validatePeopleDataset }] = await Promise.all([
    import('@/lib/validate-dataset'),
    import('@/features/people/lib/validate-people'),
  ]);
  return validatePeopleDataset(path, parseJson(path, text));
}

/** Messages between the page and `people-load.worker.ts`: the file's bytes as they arrive, then the records in slices. */
export type ToWorker = { type: 'bytes'; chunk: Uint8Array } | { type: 'end'; file: string } | { type: 'slice'; from: number; to: number };
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
 * resolves null and the caller loads the file on the main thread.
 */
export function startPeopleWorker(): PeopleWorker | null {
  let worker: Worker;
  try {
    if (typeof Worker === 'undefined') return null;
    worker = new Worker(new URL('./people-load.worker.ts', import.meta.url), { type: 'module', name: 'people' });
  } catch {
    return null;
  }
  const send = (message: ToWorker, transfer: Transferable[] = []) => worker.postMessage(message, { transfer });
  // What the worker says before `finish` is called: only a failure to load can come that early.
  let failed = false;
  let onFailure: () => void = () => undefined;
  worker.addEventListener('error', (event) => {
    event.preventDefault();
    worker.terminate();
    failed = true;
    onFailure();
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
      send({ type: 'end', file });
    });
  return {
    // A chunk that is a view on part of a larger buffer is copied; the rest are moved.
    bytes: (chunk) =>
      send({ type: 'bytes', chunk }, chunk.byteOffset === 0 && chunk.byteLength === chunk.buffer.byteLength ? [chunk.buffer] : []),
    finish,
    terminate: () => worker.terminate(),
  };
}

/** people.json as read from the network: its text, or (a large file) the worker that has its bytes. */
export type PeopleBody = { text: string; worker?: undefined } | { worker: PeopleWorker; text?: undefined };

/**
 * Reads the response's body: while it is under `WORKER_BYTES`, here; once it is larger, a people worker
 * is started (`start`) and gets what came so far and the rest as it arrives, so a large file is decoded
 * while it downloads and never parsed on the main thread. Where no worker can start, the text is read here.
 */
export async function readPeopleBody(response: Response, start: () => PeopleWorker | null = startPeopleWorker): Promise<PeopleBody> {
  if (!response.body) return { text: await response.text() };
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  let worker: PeopleWorker | null = null;
  let tried = false;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (worker) {
        worker.bytes(value);
        continue;
      }
      chunks.push(value);
      size += value.byteLength;
      if (size > WORKER_BYTES && !tried) {
        tried = true;
        worker = start();
        if (worker) for (const chunk of chunks.splice(0)) worker.bytes(chunk);
      }
    }
  } catch (error) {
    worker?.terminate();
    throw error;
  }
  if (worker) return { worker };
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  // As `response.text()` decodes: UTF-8, a byte order mark dropped, malformed bytes replaced.
  return { text: new TextDecoder().decode(bytes) };
}
