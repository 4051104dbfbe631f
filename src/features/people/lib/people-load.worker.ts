/**
 * Loads a large people.json off the main thread: its bytes, decoded as they arrive (the page reads the
 * response and hands them over once the file proves large, see `readPeopleBody`), then parse, validate (the
 * dataset's own schema, its people through a fast path that answers as the schema does; errors name file,
 * record and field), index, and the cards as columns. The names are ranked (the collated sort) in a second
 * worker while this one validates. Posts the index's typed arrays by transfer and keeps the records, which
 * the page asks for in slices when it needs them. See `startPeopleWorker`.
 */
import { isDatasetError } from '@/lib/dataset-error';
import { parseJson } from '@/lib/validate-dataset';
import type { PeopleDataset } from '@/features/people/schema';
import { matchesDigest } from '@/lib/built-digest';
import { ROLES } from '@/features/people/vocabulary';
import { indexBuilder, nameRanks, type PeopleIndex } from '@/features/people/lib/filter';
import { leadingPeople } from '@/features/people/lib/leading-people';
import { nameRanker } from '@/features/people/lib/build-index';
import { summaryColumns, type SummaryColumns } from '@/features/people/lib/person-summaries';
import type { FromWorker, ToWorker } from '@/features/people/lib/people-worker';

let loaded: PeopleDataset | null = null;

/** True only for the text of the file the build validated with the people schema (see lib/dataset.ts). */
function isValidatedByBuild(value: unknown, verified: boolean): value is PeopleDataset {
  return verified;
}

const post = (message: FromWorker, transfer: Transferable[] = []) => self.postMessage(message, { transfer });

// The second worker starts loading now, to be ready when the names are.
const rank = nameRanker();
const decoder = new TextDecoder();
const parts: string[] = [];

/** The people shown while the rest of a large file arrives: the file's first ones, found in its first bytes. */
const PREVIEW = 1000;
/** How much text is searched for them: beyond it (an unusual file), no preview. */
const PREVIEW_TEXT = 4 << 20;
/** The text received so far, while the preview is being looked for (null once it is done or given up). */
let head: string | null = '';
let scanned = 0;
/** Set when the whole file is parsed: a preview found later is not sent. */
let final = false;

/**
 * Looks for the file's first people in what has arrived, and once there are `PREVIEW` of them (checked as
 * the schema would check them), posts their index and cards: the page shows them while the rest arrives.
 */
async function preview(text: string): Promise<void> {
  if (head === null) return;
  head += text;
  if (head.length > PREVIEW_TEXT) head = null;
  if (head === null || head.length - scanned < 64 << 10) return;
  scanned = head.length;
  const records = leadingPeople(head, PREVIEW);
  if (!records || records.length < PREVIEW) return;
  head = null;
  const people = (await import('@/features/people/lib/validate-people')).validPeople(records);
  if (!people || final) return;
  const builder = indexBuilder(people, ROLES);
  builder.step(people.length);
  const index = builder.finish(nameRanks(people.map((p) => p.name)));
  const summaries = summaryColumns(people);
  post({ type: 'preview', index, summaries }, transfers(index, summaries));
}

const transfers = (index: PeopleIndex, summaries: SummaryColumns) =>
  [index.starts, index.pairStart, index.pairs, index.lastYear, index.nameRank, summaries.starts].map((a) => a.buffer);

async function load(file: string, text: string, expected: string | undefined): Promise<void> {
  const path = `data/${file}`;
  try {
    const raw = parseJson(path, text);
    final = true;
    // Ranked from the names as parsed: validation does not change them, and an invalid file is an error anyway.
    const ranks = rank(namesOf(raw));
    // The text the build validated is only parsed (as fetchDataset does); any other is validated, its code loaded then.
    const verified = await matchesDigest(text, expected);
    const data = isValidatedByBuild(raw, verified)
      ? raw
      : (await import('@/features/people/lib/validate-people')).validatePeopleDataset(path, raw);
    loaded = data;
    const { people, ...rest } = data;
    const builder = indexBuilder(people, ROLES);
    builder.step(people.length);
    // The cards' columns while the names are still being ranked.
    const summaries = summaryColumns(people);
    const ranked = await ranks;
    const index = builder.finish(ranked.length === people.length ? ranked : nameRanks(people.map((p) => p.name)));
    post({ type: 'ready', index, summaries, rest }, transfers(index, summaries));
  } catch (error) {
    if (isDatasetError(error)) post({ type: 'error', file: error.file, kind: error.kind, issues: [...error.issues] });
    else {
      const message = error instanceof Error ? error.message : String(error);
      post({ type: 'error', file: path, kind: 'parse', issues: [{ file: path, record: '', field: '', message }] });
    }
  }
}

/** `people[i].name` of parsed, not yet validated JSON ('' where there is none). */
function namesOf(raw: unknown): string[] {
  const people: unknown = typeof raw === 'object' && raw !== null ? Reflect.get(raw, 'people') : undefined;
  if (!Array.isArray(people)) return [];
  return people.map((p: unknown) => {
    const name: unknown = typeof p === 'object' && p !== null ? Reflect.get(p, 'name') : undefined;
    return typeof name === 'string' ? name : '';
  });
}

// The page's own messages, typed by the protocol in people-list.ts.
self.addEventListener('message', (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  if (message.type === 'bytes') {
    const text = decoder.decode(message.chunk, { stream: true });
    parts.push(text);
    void preview(text);
  } else if (message.type === 'end') {
    parts.push(decoder.decode());
    head = null;
    void load(message.file, parts.splice(0).join(''), message.digest);
  } else if (loaded) post({ type: 'slice', from: message.from, people: loaded.people.slice(message.from, message.to) });
});
