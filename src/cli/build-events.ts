import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import * as z from 'zod/mini';
import { EVENT_TYPES, eventsDataset, type EventRecord } from '../features/events/schema.ts';
import { baseUrlArgument, datasetText, fail, loadValidData, runIfMain, writeChecked } from './lib/cli.ts';
import { dataDirOf } from './lib/data-dir.ts';
import { localized } from '../lib/schema.ts';
import { parseDataset, validateDataset } from '../lib/validate-dataset.ts';
import { frontMatter } from './lib/markdown.ts';
import { pinyinOf } from './lib/people-merge.ts';
import { readTsv, relativeLink, tr } from './lib/text.ts';
import { loadWithheld, withholdEvents } from './lib/withheld.ts';
import { formatIssue, type DatasetIssue } from '../lib/dataset-error.ts';

const USAGE = `Usage: npx tsx src/cli/build-events.ts <sources-dir> --live-base <url> [--data <dir>]

Rebuilds data/events.json from the live page's tables in <sources-dir> (meetups-index.tsv, live-index.tsv,
meetup-talks.tsv), naming each event's source: the annual review that links it (the *-annual-review.*.md
files there, found in data/sources.json by title) or else the live page (--live-base, which also resolves
its relative links: it must end with "/" and be listed in data/sources.json). Speakers are linked to people
where data/people.json knows them. What the tables do not hold is kept from the current data/events.json:
events of other kinds (podcasts, Office Hours, ...), each event's committee and note, and the stated yearly
counts. Title translations and the live page's group names come from <data>/import/. The result is checked
as check:data checks it before it is written (atomically).`;

/**
 * How this community's live page names things (data/import/live-page.json): the group of its meetup talks,
 * the groups of its other kinds of events, the word that starts an online meetup's place, the word after a
 * city ("上海站"), and the titles of meetups without a talk list (`{city}` is the city's name).
 */
const livePage = z.object({
  meetupGroup: z.string(),
  groups: z.record(z.string(), z.enum(EVENT_TYPES)),
  online: z.string(),
  cityMarker: z.string().check(z.minLength(1)),
  onlineTitle: localized,
  cityTitle: localized,
});
const translations = z.record(z.string(), z.string());
/** A JSON file of data/import/, validated; a problem reads like every other data problem (file, record, field). */
const readImportFile = <T>(dataDir: string, name: string, schema: z.ZodMiniType<T>): T =>
  parseDataset(`data/import/${name}`, readFileSync(resolve(dataDir, 'import', name), 'utf8'), schema);

export async function main(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { 'live-base': { type: 'string' }, data: { type: 'string' }, help: { type: 'boolean' } },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const [sourcesDir, extra] = positionals;
  if (!sourcesDir) fail(`a sources folder is required (see --help)`);
  if (extra !== undefined) fail(`unexpected argument "${extra}" (see --help)`);
  const dir = resolve(sourcesDir);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) fail(`${dir}: no such sources folder`);
  const dataDir = dataDirOf(process.cwd(), values.data);
  const data = await loadValidData(dataDir, { withholding: true });
  const liveBase = baseUrlArgument('--live-base', values['live-base'], data.sources.sources);
  const people = data.people.people;
  const sources = data.sources.sources;
  const current = data.events;
  const page = readImportFile(dataDir, 'live-page.json', livePage);
  const liveUrl = (link: string) => relativeLink(liveBase, link);

  // The annual reviews: their text (to see which links they list) and their URLs (from sources.json by title).
  const reviews = readdirSync(dir)
    .filter((f) => /-annual-review\.zh\.md$/.test(f))
    .map((f) => {
      const text = readFileSync(resolve(dir, f), 'utf8');
      const title = frontMatter(text).title ?? '';
      return { text, url: sources.find((s) => s.title.zh === title)?.url };
    })
    .filter((r): r is { text: string; url: string } => r.url !== undefined);
  const sourceOf = (url: string) => reviews.find((r) => r.text.includes(url))?.url ?? liveBase;

  // City names in English: those the data already has, otherwise the pinyin of the city.
  const cityEn = new Map(current.events.flatMap((e) => (e.city ? [[e.city.zh, e.city.en] as const] : [])));
  const englishCity = (zh: string) =>
    cityEn.get(zh) ??
    pinyinOf(zh)
      .map((p) => (p[0]?.toUpperCase() ?? '') + p.slice(1))
      .join('');

  /** A speaker links to a person only where exactly one person has that Chinese name (or, failing that, that name). */
  const speakersOf = (names: string[]) =>
    names.map((raw) => {
      const name = raw.replace(/（.*?）/g, '').trim();
      const byZh = people.filter((p) => p.nameZh === name);
      const byName = people.filter((p) => p.name === name);
      const person = byZh.length === 1 ? byZh[0] : byZh.length === 0 && byName.length === 1 ? byName[0] : undefined;
      return { name: raw, ...(person ? { personId: person.id } : {}) };
    });

  // Our translations of titles published only in Chinese (shown as translations).
  const eventTitlesEn = readImportFile(dataDir, 'event-titles.en.json', translations);
  const talkTitlesEn = readImportFile(dataDir, 'talk-titles.en.json', translations);
  const published = (zh: string, table: Record<string, string>) => {
    const en = table[zh];
    return en === undefined ? { zh } : en === zh ? { zh, en } : tr(zh, en);
  };

  const talksRows = readTsv(resolve(dir, 'meetup-talks.tsv'));
  const liveRows = readTsv(resolve(dir, 'live-index.tsv'));
  const built: EventRecord[] = [];

  for (const [yearText, place, date, url] of readTsv(resolve(dir, 'meetups-index.tsv'))) {
    if (!yearText || !place || !date || !url) continue;
    const online = place.startsWith(page.online);
    const cityZh = online ? undefined : place.slice(0, Math.max(0, place.indexOf(page.cityMarker))) || place;
    const talks = talksRows.filter((r) => r[0] === date);
    const titleZh = talks[0]?.[1] ?? (cityZh ? page.cityTitle.zh.replace('{city}', cityZh) : page.onlineTitle.zh);
    const cityName = cityZh ? englishCity(cityZh) : '';
    built.push({
      id: `meetup-${date}-${online ? 'online' : cityName.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`,
      type: 'meetup',
      year: Number(yearText),
      date,
      // Offline and streamed at once ("… + 线上同步直播", "线下 + 线上" on its talk pages): hybrid.
      mode: online ? 'online' : talks.some((r) => /\+\s*线上/.test(r[2] ?? '')) ? 'hybrid' : 'offline',
      ...(cityZh ? { city: { zh: cityZh, en: cityName } } : {}),
      title: tr(titleZh, cityZh ? page.cityTitle.en.replace('{city}', cityName) : page.onlineTitle.en),
      link: url,
      talks: talks.length
        ? talks.map((r) => ({
            title: published(r[4] ?? '', talkTitlesEn),
            speakers: speakersOf(
              (r[5] ?? '')
                .split(/;\s*/)
                .map((s) => s.trim())
                .filter(Boolean),
            ),
            ...(r[6] ? { affiliation: r[6] } : {}),
            link: liveUrl(r[3] ?? ''),
          }))
        : liveRows
            .filter((r) => r[1] === page.meetupGroup && r[0] === date.replaceAll('-', '.'))
            .map((r) => ({ title: published(r[3] ?? '', talkTitlesEn), speakers: [], link: liveUrl(r[2] ?? '') })),
      source: sourceOf(url),
    });
  }

  for (const [time, group, link, title] of liveRows) {
    const type = page.groups[group ?? ''];
    if (!type || !time || !link || !title) continue;
    const date = time.replaceAll('.', '-');
    const slug = link
      .replace(/^\.\//, '')
      .replace(/\/$/, '')
      .replace(/^https?:\/\/.*\/(\w+)$/, '$1')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-');
    const url = liveUrl(link);
    built.push({
      id: `${type === 'live' ? 'live' : 'visit'}-${date}-${slug}`.replace(/-+$/, ''),
      type,
      year: Number(date.slice(0, 4)),
      date,
      mode: type === 'live' ? 'online' : 'offline',
      title: published(title, eventTitlesEn),
      link: url,
      talks: [],
      source: sourceOf(url.replace(/\/?$/, '/')),
    });
  }

  // Keep what the tables do not hold: curated fields of rebuilt events, and every other event as it is.
  const byId = new Map(current.events.map((e) => [e.id, e]));
  const builtIds = new Set(built.map((e) => e.id));
  for (const event of built) {
    const before = byId.get(event.id);
    if (before?.committee) event.committee = before.committee;
    if (before?.note) event.note = before.note;
  }
  const events = [...built, ...current.events.filter((e) => !builtIds.has(e.id))];
  events.sort((a, b) => (a.date ?? `${a.year}-12-31`).localeCompare(b.date ?? `${b.year}-12-31`) || a.id.localeCompare(b.id));

  // Validated by the schema, which also puts every record's keys in the schema's order, as the file has them.
  // Opt-out requests (data/withheld.json): a withheld speaker is counted on the talk, or shown by ID only.
  const problems: DatasetIssue[] = [];
  const requests = loadWithheld(dataDir, problems);
  if (problems.length > 0) fail(problems.map(formatIssue).join('\n'));
  const checked = validateDataset('data/events.json', withholdEvents({ events, stated: current.stated }, requests), eventsDataset);
  await writeChecked(dataDir, 'events.json', datasetText(checked));
  console.log(
    `data/events.json: ${String(events.length)} events (${String(built.length)} from the tables, ${String(events.length - built.length)} kept)`,
  );
}

await runIfMain(import.meta, main);
