import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mergeEntries, certificateSlug, nameSlugs } from '@/cli/lib/people-merge';
import { readCertificatePost, readReview } from '@/cli/lib/read-review';
import { statedVsListed } from '@/features/people/lib/counts';
import { peopleDataset, type PeopleDataset } from '@/features/people/schema';

const FIXTURES = resolve(import.meta.dirname, '../fixtures/sources');
const R21 = 'https://kubesphere.io/zh/news/kubesphere-2021-year-in-review/';
const R21EN = 'https://kubesphere.io/news/kubesphere-2021-year-in-review/';
const R22 = 'https://kubesphere.io/zh/news/kubesphere-2022-year-in-review/';
const R23 = 'https://kubesphere.io/zh/news/kubesphere-2023-year-in-review/';
const R24 = 'https://kubesphere.io/zh/news/kubesphere-2024-year-in-review/';
/** The cities whose station leaders the posts list (in data/, the community's committees). */
const CITIES = ['上海', '杭州', '成都', '广州', '深圳'];
const POSTS: [string, number, string][] = [
  ['2021-annual-review.zh.md', 2021, R21],
  ['2021-annual-review.en.md', 2021, R21EN],
  ['2022-annual-review.zh.md', 2022, R22],
  ['2023-annual-review.zh.md', 2023, R23],
  ['2024-annual-review.zh.md', 2024, R24],
];

function importAll(start: PeopleDataset = { people: [], counts: [] }) {
  let data = start;
  const reports = [];
  for (const [file, year, source] of POSTS) {
    const read = readReview(readFileSync(resolve(FIXTURES, file), 'utf8'), year, source, CITIES);
    const result = mergeEntries(data, read.entries, read.counts);
    data = result.data;
    reports.push(result.report);
  }
  return { data, reports };
}

const { data } = importAll();
const table = statedVsListed(data);
const row = (role: string, year: number) => table.find((r) => r.role === role && r.year === year);

describe('data:import over the review posts', () => {
  it('produces a valid people dataset', () => {
    expect(peopleDataset.safeParse(data).success).toBe(true);
  });

  it.each([
    // role, year, stated, listed entries, distinct people — as the posts publish them
    ['speaker', 2022, 56, 58, 57],
    ['contributor', 2022, 165, 165, 164],
    ['ambassador', 2022, 6, 6, 6],
    ['member', 2022, 2, 2, 2],
    ['speaker', 2021, 44, 26, 26],
    ['member', 2021, 12, 11, 11],
    ['ambassador', 2021, 4, 4, 4],
    ['contributor', 2021, 72, 75, 75],
    ['ambassador', 2023, 14, 14, 14],
    ['speaker', 2023, 44, null, 0],
    ['contributor', 2023, 112, 112, 112],
    ['member', 2023, 1, 1, 1],
    ['contributor', 2024, 67, 67, 67],
  ] as const)('%s %i: stated %s, listed %s, %i people', (role, year, stated, listed, distinct) => {
    expect(row(role, year)).toMatchObject({ stated, listedRows: listed, distinct });
  });

  it('keeps the evidence of each merge on the record', () => {
    const person = (id: string) => data.people.find((p) => p.id === id);
    expect(person('jinghe-ma')?.evidence).toEqual(
      expect.arrayContaining([expect.objectContaining({ kind: 'github-id-is-slug', detail: expect.stringContaining('majinghe') })]),
    );
    expect(person('jinghe-ma')?.aliases).toContain('majinghe');
    expect(person('zhenfei-pei')).toMatchObject({ nameZh: '裴振飞' });
    expect(person('zhenfei-pei')?.evidence.map((e) => e.kind)).toEqual(expect.arrayContaining(['certificate-slug', 'pinyin-is-slug']));
    expect(person('min-yin')).toMatchObject({ nameZh: '尹珉' });
    expect(person('fatpa')?.evidence.map((e) => e.kind)).toContain('case-only-duplicate');
    expect(person('fatpa')?.notes[0]?.en).toMatch(/differing only in case/);
    expect(
      person('guofu-tan')
        ?.notes.map((n) => n.en)
        .join(),
    ).toMatch(/Listed 2 times in the 2022 speaker list/);
  });

  it('keeps apart people who share only a name', () => {
    expect(data.people.filter((p) => p.name === 'Wei Xu').length).toBeGreaterThan(1);
  });

  it('names a source on every role', () => {
    const sources = new Set(POSTS.map(([, , url]) => url));
    for (const p of data.people) for (const r of p.roles) expect(sources).toContain(r.source);
  });

  it('changes nothing when run again', () => {
    const again = importAll(data);
    expect(again.data).toEqual(data);
    expect(again.reports.every((r) => r.added.length === 0 && r.merged.length === 0)).toBe(true);
  });

  it('computes search keys with pinyin, with and without spaces', () => {
    const pei = data.people.find((p) => p.id === 'zhenfei-pei');
    expect(pei?.searchKeys).toEqual(expect.arrayContaining(['zhenfei pei', 'pei zhenfei', '裴振飞', 'pei zhen fei']));
    const onur = data.people.find((p) => p.name === 'Onur Canoğlu');
    expect(onur?.searchKeys).toContain('onur canoglu');
  });
});

describe('slugs', () => {
  it('reads certificate slugs and names', () => {
    expect(certificateSlug('https://pek3b.qingstor.com/kubesphere-community/images/speaker-wangkun-2022.png')).toBe('wangkun');
    expect(nameSlugs('Min Yin')).toEqual(['yinmin', 'minyin']);
  });
});

describe('a certificate post listing one role in yearly batches', () => {
  const text = readFileSync(resolve(FIXTURES, '2022-speaker-certificates.zh.md'), 'utf8');
  const source = 'https://kubesphere.io/zh/news/kubesphere-speaker-certificates-20220715/';
  const read = readCertificatePost(text, 'speaker', 2022, source);

  it('takes each batch’s year from the sentence before its table, and states no yearly total', () => {
    expect(read.entries.filter((e) => e.year === 2021)).toHaveLength(17);
    expect(read.entries.filter((e) => e.year === 2022)).toHaveLength(30);
    expect(read.counts).toEqual([]);
  });

  it('brings the named 2021 speakers to 43 of the 44 stated, merging 2022 speakers by certificate', () => {
    const merged = mergeEntries(data, read.entries, read.counts).data;
    const rows = statedVsListed(merged);
    expect(rows.find((r) => r.role === 'speaker' && r.year === 2021)).toMatchObject({ stated: 44, listedRows: 26, distinct: 43 });
    expect(rows.find((r) => r.role === 'speaker' && r.year === 2022)).toMatchObject({ stated: 56, distinct: 57 });
  });
});
