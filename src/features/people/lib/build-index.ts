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
  return nameRanker()(names);
}

/**
 * A worker that ranks names, started now so that its script is loaded by the time the names are there
 * (the people worker starts it before fetching the file). Falls back to ranking here if it fails.
 */
export function nameRanker(): (names: string[]) => Promise<Int32Array> {
  let worker: Worker | null = null;
  try {
    if (typeof Worker !== 'undefined') worker = new Worker(new URL('./people-index.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    worker = null;
  }
  return (names) =>
    new Promise((resolve) => {
      const ranker = worker;
      if (!ranker) {
        resolve(nameRanks(names));
        return;
      }
      ranker.addEventListener('message', (event: MessageEvent<unknown>) => {
        ranker.terminate();
        resolve(event.data instanceof Int32Array && event.data.length === names.length ? event.data : nameRanks(names));
      });
      ranker.addEventListener('error', () => {
        ranker.terminate();
        resolve(nameRanks(names));
      });
      ranker.postMessage(names);
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
