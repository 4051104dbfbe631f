import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as z from 'zod/mini';
import { eventsDataset, type EventRecord, type EventsDataset } from '../features/events/schema.ts';
import { peopleDataset } from '../features/people/schema.ts';
import { parseDataset } from '../lib/validate-dataset.ts';

/**
 * `npx tsx src/cli/build-events.ts [sources-dir]`: builds data/events.json from the live page's
 * extracted tables (meetups-index.tsv, live-index.tsv, meetup-talks.tsv) and the annual reviews' facts,
 * linking talk speakers to people where data/people.json knows their Chinese name.
 */
const LIVE = 'https://kubesphere.io/zh/live/';
const R = {
  2021: 'https://kubesphere.io/zh/news/kubesphere-2021-year-in-review/',
  2022: 'https://kubesphere.io/zh/news/kubesphere-2022-year-in-review/',
  2023: 'https://kubesphere.io/zh/news/kubesphere-2023-year-in-review/',
  2024: 'https://kubesphere.io/zh/news/kubesphere-2024-year-in-review/',
} as const;
const MEETUP_2020 = 'https://kubesphere.io/news/kubesphere-meetup-2020/';
const CITY_EN: Record<string, string> = {
  上海: 'Shanghai', 杭州: 'Hangzhou', 成都: 'Chengdu', 北京: 'Beijing', 长沙: 'Changsha', 广州: 'Guangzhou',
  深圳: 'Shenzhen', 苏州: 'Suzhou', 重庆: 'Chongqing',
};
const CITY_SLUG: Record<string, string> = Object.fromEntries(Object.entries(CITY_EN).map(([zh, en]) => [zh, en.toLowerCase()]));

function tsv(path: string): string[][] {
  return readFileSync(path, 'utf8').split('\n').slice(1).filter(Boolean).map((l) => l.split('\t'));
}
function liveUrl(link: string): string {
  return link.startsWith('http') ? link : `${LIVE}${link.replace(/^\.\//, '')}`;
}
const tr = (zh: string, en: string) => ({ zh, en, enTranslated: true });

function main() {
  const dir = resolve(process.argv[2] ?? '../shared/sources');
  const dataDir = fileURLToPath(new URL('../../data', import.meta.url));
  const people = parseDataset('data/people.json', readFileSync(resolve(dataDir, 'people.json'), 'utf8'), peopleDataset).people;
  const review = [2021, 2022, 2023, 2024].map((y) => readFileSync(resolve(dir, `${y}-annual-review.zh.md`), 'utf8'));
  const inReview = (url: string) => review.findIndex((text) => text.includes(url));

  /** A speaker links to a person only where exactly one person has that Chinese name (or, failing that, that name). */
  const speakersOf = (names: string[]) =>
    names.map((raw) => {
      const name = raw.replace(/（.*?）/g, '').trim();
      const byZh = people.filter((p) => p.nameZh === name);
      const byName = people.filter((p) => p.name === name);
      const person = byZh.length === 1 ? byZh[0] : byZh.length === 0 && byName.length === 1 ? byName[0] : undefined;
      return { name: raw, ...(person ? { personId: person.id } : {}) };
    });

  // Our translations of the titles the live page publishes only in Chinese (shown as translations).
  const titlesEn = z.record(z.string(), z.string()).parse(JSON.parse(readFileSync(fileURLToPath(new URL('./translations/event-titles.en.json', import.meta.url)), 'utf8')));
  const talkTitlesEn = z.record(z.string(), z.string()).parse(JSON.parse(readFileSync(fileURLToPath(new URL('./translations/talk-titles.en.json', import.meta.url)), 'utf8')));
  /** A title as published, with our English (marked) where we have one; English as published stays unmarked. */
  const talkTitle = (zh: string) => {
    const en = talkTitlesEn[zh];
    return en === undefined ? { zh } : en === zh ? { zh, en } : tr(zh, en);
  };
  const talksRows = tsv(resolve(dir, 'meetup-talks.tsv'));
  const liveRows = tsv(resolve(dir, 'live-index.tsv'));
  const events: EventRecord[] = [];

  for (const [yearText, place, date, url] of tsv(resolve(dir, 'meetups-index.tsv'))) {
    if (!yearText || !place || !date || !url) continue;
    const year = Number(yearText);
    const online = place.startsWith('在线');
    const cityZh = online ? undefined : place.replace(/站.*$/, '');
    const talks = talksRows.filter((r) => r[0] === date);
    const reviewIndex = inReview(url);
    const titleZh = talks[0]?.[1] ?? (online ? '在线 Meetup' : `${cityZh}站 Meetup`);
    const event: EventRecord = {
      id: `meetup-${date}-${online ? 'online' : (CITY_SLUG[cityZh ?? ''] ?? 'city')}`,
      type: 'meetup',
      year,
      date,
      mode: online ? 'online' : 'offline',
      ...(cityZh ? { city: { zh: cityZh, en: CITY_EN[cityZh] ?? cityZh } } : {}),
      title: cityZh ? tr(titleZh, `${CITY_EN[cityZh] ?? cityZh} meetup`) : tr(titleZh, 'Online meetup'),
      link: url,
      talks: talks.length
        ? talks.map((r) => {
            const speakers = (r[5] ?? '').split(/;\s*/).map((s) => s.trim()).filter(Boolean);
            return {
              title: talkTitle(r[4] ?? ''),
              speakers: speakersOf(speakers),
              ...(r[6] ? { affiliation: r[6] } : {}),
              link: liveUrl(r[3] ?? ''),
            };
          })
        : liveRows
            .filter((r) => r[1] === 'Meetup' && r[0] === date.replaceAll('-', '.'))
            .map((r) => ({ title: talkTitle(r[3] ?? ''), speakers: [], link: liveUrl(r[2] ?? '') })),
      source: reviewIndex >= 0 ? Object.values(R)[reviewIndex] ?? LIVE : LIVE,
    };
    events.push(event);
  }

  // 2020: the Beijing meetup (its own recap post) and the online CNCF x KubeSphere meetup (the live page).
  events.push({
    id: 'meetup-2020-12-19-beijing',
    type: 'meetup',
    year: 2020,
    date: '2020-12-19',
    mode: 'offline',
    city: { zh: '北京', en: 'Beijing' },
    title: { zh: 'KubeSphere and Friends 2020', en: 'KubeSphere and Friends 2020' },
    link: MEETUP_2020,
    talks: liveRows.filter((r) => r[1] === 'Meetup' && r[0] === '2020.12.19').map((r) => ({ title: talkTitle(r[3] ?? ''), speakers: [], link: liveUrl(r[2] ?? '') })),
    note: tr('吸引了 100 多位 Kubernetes 爱好者与社区成员。', '"more than 100" Kubernetes enthusiasts and community members attended.'),
    source: MEETUP_2020,
  });
  const cncf = liveRows.find((r) => r[0] === '2020.07.01');
  if (cncf) {
    events.push({
      id: 'meetup-2020-07-01-online', type: 'meetup', year: 2020, date: '2020-07-01', mode: 'online',
      title: tr(cncf[3] ?? '', 'CNCF x KubeSphere meetup: cloud-native talks'),
      link: liveUrl(cncf[2] ?? ''), talks: [], source: LIVE,
    });
  }

  const kinds: Record<string, EventRecord['type']> = { 直播回放: 'live', 走进企业: 'company-visit', 走进高校: 'university-visit' };
  for (const [time, group, link, title] of liveRows) {
    const type = kinds[group ?? ''];
    if (!type || !time || !link || !title) continue;
    const date = time.replaceAll('.', '-');
    const slug = link.replace(/^\.\//, '').replace(/\/$/, '').replace(/^https?:\/\/.*\/(\w+)$/, '$1').toLowerCase().replace(/[^a-z0-9]+/g, '-');
    const year = Number(date.slice(0, 4));
    const url = liveUrl(link);
    const reviewIndex = inReview(url.replace(/\/?$/, '/'));
    events.push({
      id: `${type === 'live' ? 'live' : 'visit'}-${date}-${slug}`.replace(/-+$/, ''),
      type,
      year,
      date,
      mode: type === 'live' ? 'online' : 'offline',
      title: titlesEn[title] ? tr(title, titlesEn[title]) : { zh: title },
      link: url,
      ...(type === 'company-visit' ? { committee: { zh: '杭州用户委员会', en: 'Hangzhou user committee', enTranslated: true } } : {}),
      talks: [],
      source: reviewIndex >= 0 ? Object.values(R)[reviewIndex] ?? LIVE : LIVE,
    });
  }

  events.push(
    {
      id: 'office-hours-2021', type: 'office-hours', year: 2021, date: null, mode: 'online',
      title: tr('年度 Office Hours', 'Annual Office Hours'), link: 'https://mp.weixin.qq.com/s/F6LlsLZCg-uFECimAHzYGg', talks: [], source: R[2021],
    },
    {
      id: 'podcast-2022-episode-1', type: 'podcast', year: 2022, date: null, mode: 'online',
      title: tr('KubeSphere Talk 第一期：杭州站站长尹珉', 'KubeSphere Talk, episode 1: Min Yin, Hangzhou station leader'),
      link: 'https://www.xiaoyuzhoufm.com/podcast/6375d6e8b0725ebdf1e702e6',
      talks: [{ title: talkTitle('KubeSphere Talk 第一期'), speakers: speakersOf(['尹珉']) }], source: R[2022],
    },
    {
      id: 'podcast-2022-episode-2', type: 'podcast', year: 2022, date: null, mode: 'online',
      title: tr('KubeSphere Talk 第二期：广州站站长裴振飞', 'KubeSphere Talk, episode 2: Zhenfei Pei, Guangzhou station leader'),
      link: 'https://www.xiaoyuzhoufm.com/podcast/6375d6e8b0725ebdf1e702e6',
      talks: [{ title: talkTitle('KubeSphere Talk 第二期'), speakers: speakersOf(['裴振飞']) }], source: R[2022],
    },
  );

  // Organising user committees, as the 2021 and 2022 reviews and the 2021-10-23 page state them.
  const committee: Record<string, [string, string]> = {
    'meetup-2021-10-23-hangzhou': ['杭州用户委员会', 'Hangzhou user committee'],
    'meetup-2022-05-14-chengdu': ['成都用户委员会', 'Chengdu user committee'],
    'meetup-2022-08-06-guangzhou': ['广州用户委员会', 'Guangzhou user committee'],
    'meetup-2022-08-27-hangzhou': ['杭州用户委员会', 'Hangzhou user committee'],
  };
  const notes: Record<string, [string, string]> = {
    'meetup-2021-05-15-shanghai': ['活动页面的时间写作 2021-05-13，而直播索引与议程写作 2021.05.15。', 'The event page gives 2021-05-13, while the live index and the talk list say 2021-05-15.'],
    'meetup-2023-04-08-shenzhen': ['活动页面写作“杭州 + 线上同步直播”，而各议程页面写作“深圳 + 线上”。', 'The event page says "Hangzhou + online", while its talk pages say "Shenzhen + online".'],
    'meetup-2022-05-14-chengdu': ['活动页面沿用了 2021 年上海站的介绍文字。', 'The event page reuses the 2021 Shanghai meetup’s description.'],
  };
  for (const event of events) {
    const c = committee[event.id];
    if (c) event.committee = tr(c[0], c[1]);
    const n = notes[event.id];
    if (n) event.note = tr(n[0], n[1]);
  }

  events.sort((a, b) => (a.date ?? `${a.year}-12-31`).localeCompare(b.date ?? `${b.year}-12-31`) || a.id.localeCompare(b.id));
  const stated: EventsDataset['stated'] = [
    { year: 2021, type: 'meetup', count: 5, wording: tr('5 场线下 Meetup', '5 offline meetups'), source: R[2021] },
    { year: 2021, type: 'live', count: 16, wording: tr('16 场线上云原生直播活动', '16 online cloud-native live streams'), source: R[2021] },
    { year: 2021, type: 'office-hours', count: 1, wording: tr('一场年度 Office Hours 活动', 'one annual Office Hours'), source: R[2021] },
    { year: 2022, type: 'meetup', count: 6, wording: tr('4 场线下 Meetup，2 场线上 Meetup', '4 offline and 2 online meetups'), source: R[2022] },
    { year: 2022, type: 'live', count: 37, wording: tr('37 场线上云原生直播活动', '37 online cloud-native live streams'), source: R[2022] },
    { year: 2022, type: 'podcast', count: 2, wording: tr('目前已更新两期', 'two episodes so far'), source: R[2022] },
    { year: 2023, type: 'meetup', count: 6, wording: tr('6 场线下 Meetup', '6 offline meetups'), source: R[2023] },
    { year: 2023, type: 'live', count: 6, wording: tr('6 场线上云原生直播活动', '6 online live streams'), source: R[2023] },
    { year: 2024, type: 'meetup', count: 6, wording: tr('6 场线下 Meetup', '6 offline meetups'), source: R[2024] },
    { year: 2024, type: 'live', count: 6, wording: tr('6 场线上直播', '6 online live streams'), source: R[2024] },
  ];
  const data = eventsDataset.parse({ events, stated });
  writeFileSync(resolve(dataDir, 'events.json'), `${JSON.stringify(data, null, 1)}\n`);
  console.log(`data/events.json: ${events.length} events`);
}

main();
