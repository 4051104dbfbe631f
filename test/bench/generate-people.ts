import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { PeopleDataset, Person, Role } from '../../src/features/people/schema.ts';

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

const SURNAMES: [string, string][] = [
  ['王', 'wang'],
  ['李', 'li'],
  ['张', 'zhang'],
  ['刘', 'liu'],
  ['陈', 'chen'],
  ['杨', 'yang'],
  ['黄', 'huang'],
  ['赵', 'zhao'],
  ['吴', 'wu'],
  ['周', 'zhou'],
  ['徐', 'xu'],
  ['孙', 'sun'],
  ['马', 'ma'],
  ['朱', 'zhu'],
  ['胡', 'hu'],
  ['郭', 'guo'],
  ['何', 'he'],
  ['林', 'lin'],
  ['罗', 'luo'],
  ['高', 'gao'],
];
const GIVEN: [string, string][] = [
  ['伟', 'wei'],
  ['芳', 'fang'],
  ['娜', 'na'],
  ['敏', 'min'],
  ['静', 'jing'],
  ['丽', 'li'],
  ['强', 'qiang'],
  ['磊', 'lei'],
  ['军', 'jun'],
  ['洋', 'yang'],
  ['勇', 'yong'],
  ['艳', 'yan'],
  ['杰', 'jie'],
  ['涛', 'tao'],
  ['明', 'ming'],
  ['超', 'chao'],
  ['秀', 'xiu'],
  ['霞', 'xia'],
  ['平', 'ping'],
  ['刚', 'gang'],
  ['飞', 'fei'],
  ['振', 'zhen'],
  ['海', 'hai'],
  ['立', 'li'],
];
const LATIN = [
  'Alex',
  'Maria',
  'Onur',
  'Eda',
  'Jona',
  'Kevin',
  'Rossana',
  'Halil',
  'Nilo',
  'Harun',
  'Sofia',
  'Lucas',
  'Emma',
  'Noah',
  'Ömer',
  'Zoë',
];
const LATIN_LAST = ['Smith', 'García', 'Canoğlu', 'Konyar', 'Müller', 'Rossi', 'Dubois', 'Novak', 'Silva', 'Kowalski', 'Yılmaz', 'Hansen'];
const ROLES: Role[] = ['contributor', 'contributor', 'contributor', 'speaker', 'ambassador', 'member'];
const SOURCE = 'https://kubesphere.io/zh/news/kubesphere-2022-year-in-review/';

const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').replace(/ı/g, 'i').toLowerCase();

/** `n` people shaped like data/people.json: the real people first, then generated ones. */
export function generatePeople(n: number, seed = 42): PeopleDataset {
  const real = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../data/people.json'), 'utf8')) as PeopleDataset;
  const rnd = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)] ?? list[0]!;
  const people: Person[] = real.people.slice(0, n);
  for (let i = people.length; i < n; i += 1) {
    const chinese = rnd() < 0.7;
    let name: string;
    let nameZh: string | undefined;
    const keys: string[] = [];
    if (chinese) {
      const [sz, sp] = pick(SURNAMES);
      const given = rnd() < 0.5 ? [pick(GIVEN)] : [pick(GIVEN), pick(GIVEN)];
      const gp = given.map(([, p]) => p).join('');
      name = `${gp[0]!.toUpperCase()}${gp.slice(1)} ${sp[0]!.toUpperCase()}${sp.slice(1)}`;
      nameZh = sz + given.map(([z]) => z).join('');
      keys.push(fold(name), `${sp} ${gp}`, nameZh, [sp, ...given.map(([, p]) => p)].join(' '));
    } else {
      name = `${pick(LATIN)} ${pick(LATIN_LAST)}`;
      keys.push(fold(name));
    }
    const github =
      rnd() < 0.6
        ? `${fold(name)
            .replace(/[^a-z]/g, '')
            .slice(0, 12)}${i}`
        : undefined;
    if (github) keys.push(github);
    const roles = Array.from({ length: 1 + Math.floor(rnd() * 3) }, () => ({
      role: pick(ROLES),
      year: 2020 + Math.floor(rnd() * 5),
      listedAs: github ?? name,
      source: SOURCE,
    }));
    people.push({
      id: `gen-${i}`,
      name,
      ...(nameZh ? { nameZh } : {}),
      ...(github ? { github } : {}),
      aliases: [],
      roles,
      evidence: [],
      notes: [],
      searchKeys: keys,
    });
  }
  return { people, counts: real.counts };
}
