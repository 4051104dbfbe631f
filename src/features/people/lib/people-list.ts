import { builtDigest, matchesDigest } from '@/lib/built-digest';
import type { PeopleDataset } from '@/features/people/schema';
import { ROLES } from '@/features/people/vocabulary';
import type { PeopleIndex } from '@/features/people/lib/filter';
import { buildPeopleIndex } from '@/features/people/lib/build-index';
import type { PersonSummary } from '@/features/people/lib/person-summaries';
import type { PeopleWorker } from '@/features/people/lib/people-worker';
import type { PeopleFacts } from '@/features/people/lib/counts';

/**
 * What /people needs of people.json: the index it filters and sorts, each person's card, the file's facts
 * beside its people (for the stated-vs-listed table), and its records when asked for (the CSV).
 */
export type PeopleList = {
  index: PeopleIndex;
  /** Person i's card: the same object each time, so a memoised card is not rendered again. */
  summary: (i: number) => PersonSummary | undefined;
  /** The records when they are already on this thread; otherwise null, and `dataset()` brings them. */
  records: PeopleDataset | null;
  /** The file without its people (its counts, statements, notes), once the whole file is read; null before. */
  facts: PeopleFacts | null;
  /** The whole file, validated (the same promise each call). */
  dataset: () => Promise<PeopleDataset>;
  /** False for the first people of a large file, shown while the rest arrives (then the whole list replaces it). */
  complete: boolean;
};

/** The list from records on this thread: the index is built in slices (names ranked in a worker where there is one). */
export async function listFromDataset(data: PeopleDataset): Promise<PeopleList> {
  const index = await buildPeopleIndex(data.people, ROLES);
  const whole = Promise.resolve(data);
  return { index, summary: (i) => data.people[i], records: data, facts: data, dataset: () => whole, complete: true };
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

/** people.json as read from the network: its text, or (a large file) the worker that has its bytes. */
export type PeopleBody = { text: string; worker?: undefined } | { worker: PeopleWorker; text?: undefined };

/**
 * Reads the response's body: while it is under `WORKER_BYTES`, here; once it is larger, a people worker
 * is started (`start`, its code loaded then) and gets what came so far and the rest as it arrives, so a
 * large file is decoded while it downloads and never parsed on the main thread. Where no worker can start,
 * the text is read here.
 */
export async function readPeopleBody(response: Response, start: () => Promise<PeopleWorker | null>): Promise<PeopleBody> {
  if (!response.body) return { text: await response.text() };
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  const to: { worker: PeopleWorker | null } = { worker: null };
  let starting: Promise<PeopleWorker | null> | null = null;
  const handOver = (worker: PeopleWorker | null) => {
    if (worker) for (const chunk of chunks.splice(0)) worker.bytes(chunk);
    to.worker = worker;
    return worker;
  };
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (to.worker) {
        to.worker.bytes(value);
        continue;
      }
      chunks.push(value);
      size += value.byteLength;
      if (size > WORKER_BYTES) starting ??= start().then(handOver, () => handOver(null));
    }
    const worker = starting && (await starting);
    if (worker) return { worker };
  } catch (error) {
    to.worker?.terminate();
    throw error;
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  // As `response.text()` decodes: UTF-8, a byte order mark dropped, malformed bytes replaced.
  return { text: new TextDecoder().decode(bytes) };
}
