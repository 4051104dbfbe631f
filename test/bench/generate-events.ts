import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { EventRecord, EventsDataset, EventType } from '../../src/features/events/schema.ts';

/** Deterministic pseudo-random numbers (mulberry32), so every run measures the same data. */
function random(seed: number) {
  let a = seed;
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TYPES: EventType[] = ['meetup', 'meetup', 'live', 'live', 'live', 'company-visit', 'university-visit', 'podcast', 'office-hours'];
const CITIES: [string, string][] = [
  ['北京', 'Beijing'],
  ['上海', 'Shanghai'],
  ['杭州', 'Hangzhou'],
  ['成都', 'Chengdu'],
  ['深圳', 'Shenzhen'],
  ['广州', 'Guangzhou'],
  ['武汉', 'Wuhan'],
  ['西安', "Xi'an"],
  ['南京', 'Nanjing'],
  ['苏州', 'Suzhou'],
  ['重庆', 'Chongqing'],
  ['长沙', 'Changsha'],
  ['伊斯坦布尔', 'Istanbul'],
  ['柏林', 'Berlin'],
  ['圣保罗', 'São Paulo'],
  ['新加坡', 'Singapore'],
];
const TOPICS: [string, string][] = [
  ['可观测性实践', 'Observability in practice'],
  ['多集群管理', 'Managing many clusters'],
  ['边缘计算', 'Edge computing'],
  ['DevOps 流水线', 'DevOps pipelines'],
  ['服务网格', 'Service mesh'],
  ['存储与备份', 'Storage and backup'],
  ['网络插件', 'Network plugins'],
  ['安全加固', 'Hardening'],
];
const SPEAKERS = ['王伟', '李娜', '张敏', 'Onur Canoğlu', 'Maria García', '陈杰', '刘洋', 'Kevin Müller', '赵磊', '周静'];
const SOURCE = 'https://example.org/posts/generated';

/** `n` events shaped like data/events.json: the real events first, then generated ones from 2016 to 2025, in date order. */
export function generateEvents(n: number, seed = 7): EventsDataset {
  const real = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../data/events.json'), 'utf8')) as EventsDataset;
  const rnd = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)] ?? list[0]!;
  const events: EventRecord[] = real.events.slice(0, n);
  const start = Date.UTC(2016, 0, 1);
  const span = Date.UTC(2025, 11, 31) - start;
  for (let i = events.length; i < n; i += 1) {
    const type = pick(TYPES);
    const date = rnd() < 0.03 ? null : new Date(start + Math.floor(rnd() * span)).toISOString().slice(0, 10);
    const year = date ? Number(date.slice(0, 4)) : 2016 + Math.floor(rnd() * 10);
    const online = type === 'live' || type === 'podcast' || type === 'office-hours';
    const [cityZh, cityEn] = pick(CITIES);
    const [topicZh, topicEn] = pick(TOPICS);
    const talks = Array.from({ length: type === 'meetup' ? 1 + Math.floor(rnd() * 4) : Math.floor(rnd() * 2) }, () => {
      const [zh, en] = pick(TOPICS);
      return {
        title: { zh, en, enTranslated: true },
        speakers: Array.from({ length: 1 + Math.floor(rnd() * 2) }, () => ({ name: pick(SPEAKERS) })),
      };
    });
    events.push({
      id: `generated-${type}-${i}`,
      type,
      year,
      date,
      mode: online ? 'online' : rnd() < 0.15 ? 'hybrid' : 'offline',
      ...(online ? {} : { city: { zh: cityZh, en: cityEn } }),
      title: {
        zh: `${online ? '' : cityZh}${topicZh} 第 ${i} 期`,
        en: `${online ? '' : `${cityEn}: `}${topicEn} #${i}`,
        enTranslated: true,
      },
      talks,
      source: SOURCE,
    });
  }
  events.sort((a, b) => a.year - b.year || (a.date ?? '9').localeCompare(b.date ?? '9'));
  return { events, stated: real.stated };
}
