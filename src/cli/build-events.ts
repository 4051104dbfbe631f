import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import * as z from 'zod/mini';
import { eventsDataset, type EventRecord } from '../features/events/schema.ts';
import { peopleDataset } from '../features/people/schema.ts';
import { sourcesDataset } from '../lib/sources-schema.ts';
import { parseDataset } from '../lib/validate-dataset.ts';
import { frontMatter } from './lib/markdown.ts';
import { pinyinOf } from './lib/people-merge.ts';

const USAGE = `Usage: npx tsx src/cli/build-events.ts <sources-dir> --live-base <url>

Rebuilds data/events.json from the live page's tables in <sources-dir> (meetups-index.tsv, live-index.tsv,
meetup-talks.tsv), naming each event's source: the annual review that links it (the *-annual-review.*.md
files there, found in data/sources.json by title) or else the live page (--live-base, which also resolves
its relative links). Speakers are linked to people where data/people.json knows them. What the tables do
not hold is kept from the current data/events.json: events of other kinds (podcasts, Office Hours, ...),
each event's committee and note, and the stated yearly counts.`;

function tsv(path: string): string[][] {
  return readFileSync(path, 'utf8').split('\n').slice(1).filter(Boolean).map((l) => l.split('\t'));
}
const tr = (zh: string, en: string) => ({ zh, en, enTranslated: true });
const translations = (file: string) =>
  z.record(z.string(), z.string()).parse(JSON.parse(readFileSync(fileURLToPath(new URL(`./translations/${file}`, import.meta.url)), 'utf8')));

function main() {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { 'live-base': { type: 'string' } } });
  const [sourcesDir] = positionals;
  const liveBase = values['live-base'];
  if (!sourcesDir || !liveBase) {
    console.error(USAGE);
    process.exit(1);
  }
  const dir = resolve(sourcesDir);
  const dataDir = fileURLToPath(new URL('../../data', import.meta.url));
  const read = (file: string) => readFileSync(resolve(dataDir, file), 'utf8');
  const people = parseDataset('data/people.json', read('people.json'), peopleDataset).people;
  const sources = parseDataset('data/sources.json', read('sources.json'), sourcesDataset).sources;
  const current = parseDataset('data/events.json', read('events.json'), eventsDataset);
  const liveUrl = (link: string) => (link.startsWith('http') ? link : `${liveBase}${link.replace(/^\.\//, '')}`);

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
  const englishCity = (zh: string) => cityEn.get(zh) ?? pinyinOf(zh).map((p) => (p[0]?.toUpperCase() ?? '') + p.slice(1)).join('');

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
  const eventTitlesEn = translations('event-titles.en.json');
  const talkTitlesEn = translations('talk-titles.en.json');
  const published = (zh: string, table: Record<string, string>) => {
    const en = table[zh];
    return en === undefined ? { zh } : en === zh ? { zh, en } : tr(zh, en);
  };

  const talksRows = tsv(resolve(dir, 'meetup-talks.tsv'));
  const liveRows = tsv(resolve(dir, 'live-index.tsv'));
  const built: EventRecord[] = [];

  for (const [yearText, place, date, url] of tsv(resolve(dir, 'meetups-index.tsv'))) {
    if (!yearText || !place || !date || !url) continue;
    const online = place.startsWith('在线');
    const cityZh = online ? undefined : place.replace(/站.*$/, '');
    const talks = talksRows.filter((r) => r[0] === date);
    const titleZh = talks[0]?.[1] ?? (online ? '在线 Meetup' : `${cityZh ?? ''}站 Meetup`);
    const cityName = cityZh ? englishCity(cityZh) : '';
    built.push({
      id: `meetup-${date}-${online ? 'online' : cityName.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`,
      type: 'meetup',
      year: Number(yearText),
      date,
      mode: online ? 'online' : 'offline',
      ...(cityZh ? { city: { zh: cityZh, en: cityName } } : {}),
      title: cityZh ? tr(titleZh, `${cityName} meetup`) : tr(titleZh, 'Online meetup'),
      link: url,
      talks: talks.length
        ? talks.map((r) => ({
            title: published(r[4] ?? '', talkTitlesEn),
            speakers: speakersOf((r[5] ?? '').split(/;\s*/).map((s) => s.trim()).filter(Boolean)),
            ...(r[6] ? { affiliation: r[6] } : {}),
            link: liveUrl(r[3] ?? ''),
          }))
        : liveRows
            .filter((r) => r[1] === 'Meetup' && r[0] === date.replaceAll('-', '.'))
            .map((r) => ({ title: published(r[3] ?? '', talkTitlesEn), speakers: [], link: liveUrl(r[2] ?? '') })),
      source: sourceOf(url),
    });
  }

  const kinds: Record<string, EventRecord['type']> = { 直播回放: 'live', 走进企业: 'company-visit', 走进高校: 'university-visit' };
  for (const [time, group, link, title] of liveRows) {
    const type = kinds[group ?? ''];
    if (!type || !time || !link || !title) continue;
    const date = time.replaceAll('.', '-');
    const slug = link.replace(/^\.\//, '').replace(/\/$/, '').replace(/^https?:\/\/.*\/(\w+)$/, '$1').toLowerCase().replace(/[^a-z0-9]+/g, '-');
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

  const data = eventsDataset.parse({ events, stated: current.stated });
  writeFileSync(resolve(dataDir, 'events.json'), `${JSON.stringify(data, null, 1)}\n`);
  console.log(`data/events.json: ${events.length} events (${built.length} from the tables, ${events.length - built.length} kept)`);
}

main();
