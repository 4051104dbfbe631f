import type { Person, Role } from '@/features/people/schema';
import { indexBuilder, nameRanks, type PeopleIndex } from '@/features/people/lib/filter';

/** People indexed per slice: a slice of 100,000 people's index takes a few milliseconds per thousand. */
const SLICE = 4000;

/** Lets the browser paint and handle input between slices. */
function yieldToBrowser(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** The names' collation ranks from a worker, or computed here where there is no Worker (tests, old browsers) or it fails. */
export function rankNames(names: string[]): Promise<Int32Array> {
  if (typeof Worker === 'undefined' || names.length < 2000) return Promise.resolve(nameRanks(names));
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./people-index.worker.ts', import.meta.url), { type: 'module' });
    } catch {
      resolve(nameRanks(names));
      return;
    }
    worker.addEventListener('message', (event: MessageEvent<unknown>) => {
      worker.terminate();
      resolve(event.data instanceof Int32Array && event.data.length === names.length ? event.data : nameRanks(names));
    });
    worker.addEventListener('error', () => {
      worker.terminate();
      resolve(nameRanks(names));
    });
    worker.postMessage(names);
  });
}

/**
 * The people index without a long main-thread task: names are ranked in a worker while the rest is
 * indexed here a slice at a time, yielding to the browser between slices.
 */
export async function buildPeopleIndex(people: readonly Person[], roles: readonly Role[]): Promise<PeopleIndex> {
  const ranks = rankNames(people.map((p) => p.name));
  const builder = indexBuilder(people, roles);
  while (!builder.step(SLICE)) await yieldToBrowser();
  return builder.finish(await ranks);
}

const built = new WeakMap<readonly Person[], Promise<PeopleIndex>>();

/** One index per loaded list of people (the dataset is fetched once), shared by every render that asks. */
export function peopleIndex(people: readonly Person[], roles: readonly Role[]): Promise<PeopleIndex> {
  let index = built.get(people);
  if (!index) {
    index = buildPeopleIndex(people, roles);
    built.set(people, index);
  }
  return index;
}
