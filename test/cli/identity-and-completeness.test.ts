import { afterEach, describe, expect, it } from 'vitest';
import { checkDataDir } from '@/cli/check';
import { certificateSlug, mergeEntries, type ListedEntry } from '@/cli/lib/people-merge';
import { readCertificatePost, readReview, readStationLeaders, readStatements, splitPosts } from '@/cli/lib/read-review';
import { DATASETS } from '@/cli/registry';
import { formatIssue } from '@/lib/dataset-error';
import { peopleDataset, type IdentityDecision, type PeopleDataset } from '@/features/people/schema';
import { copyCommunity } from './data-fixture';

/** Made-up posts of a made-up community: the tests hold for any community. */
const REVIEW = 'https://example.org/posts/2023-year-in-review/';
const CERTS = 'https://example.org/posts/2023-ambassadors/';
const OLD = 'https://example.org/posts/2022-ambassadors/';

const entry = (listedAs: string, source: string, certificate?: string): ListedEntry => ({
  role: 'ambassador',
  year: 2023,
  listedAs,
  source,
  ...(certificate ? { certificate } : {}),
});

const empty: PeopleDataset = { people: [], counts: [] };

describe('identity: merged only on evidence or a reviewed decision', () => {
  it('merges the same certificate slug across posts (must merge)', () => {
    const first = mergeEntries(empty, [entry('Rin Tamura', OLD, 'https://example.org/img/ambassador-tamurarin.png')], []).data;
    const { data, report } = mergeEntries(
      first,
      [{ ...entry('Rin T.', CERTS, 'https://example.org/img/ambassador-2023-tamurarin.png') }],
      [],
    );
    expect(data.people).toHaveLength(1);
    expect(data.people[0]?.evidence[0]?.kind).toBe('certificate-slug');
    expect(report.undecided).toEqual([]);
  });

  it('keeps a shared name apart without evidence and lists it as undecided (must not merge)', () => {
    const first = mergeEntries(empty, [entry('Sam Lee', REVIEW)], []).data;
    const { data, report } = mergeEntries(first, [entry('Sam Lee', CERTS, 'https://example.org/img/ambassador-2023-Sam-Lee.png')], []);
    expect(data.people).toHaveLength(2);
    expect(report.undecided).toEqual([`Sam Lee | ambassador | 2023 | ${CERTS}`]);
  });

  it('obeys a reviewed "same" decision, keeping its reason and source as evidence', () => {
    const first = mergeEntries(empty, [entry('Sam Lee', REVIEW)], []).data;
    const id = first.people[0]?.id ?? '';
    const decisions: IdentityDecision[] = [
      {
        decision: 'same',
        listedAs: 'Sam Lee',
        role: 'ambassador',
        year: 2023,
        source: CERTS,
        personId: id,
        reason: 'both posts list the same closed list of 2023 ambassadors',
        evidence: [CERTS, REVIEW],
      },
    ];
    const { data, report } = mergeEntries(first, [entry('Sam Lee', CERTS, 'https://example.org/img/ambassador-2023-Sam-Lee.png')], [], {
      decisions,
    });
    expect(data.people).toHaveLength(1);
    expect(data.people[0]?.evidence[0]).toMatchObject({ kind: 'published-pairing', source: CERTS });
    expect(data.people[0]?.evidence[0]?.detail).toContain('both posts list the same closed list');
    expect(report.undecided).toEqual([]);
    expect(peopleDataset.safeParse(data).success).toBe(true);
  });

  it('obeys a reviewed "different" decision even where an ID would merge', () => {
    const first = mergeEntries(empty, [entry('quill', REVIEW)], []).data;
    const decisions: IdentityDecision[] = [
      {
        decision: 'different',
        listedAs: 'Quill',
        role: 'ambassador',
        year: 2023,
        source: CERTS,
        personId: first.people[0]?.id ?? '',
        reason: 'two accounts',
        evidence: [CERTS],
      },
    ];
    expect(mergeEntries(first, [entry('Quill', CERTS)], []).data.people).toHaveLength(1);
    expect(mergeEntries(first, [entry('Quill', CERTS)], [], { decisions }).data.people).toHaveLength(2);
  });

  it('reads a certificate slug with a year after the role', () => {
    expect(certificateSlug('https://example.org/img/ambassador-2023-tamurarin.png')).toBe('tamurarin');
    expect(certificateSlug('https://example.org/img/speaker-tamurarin-2022.png')).toBe('tamurarin');
  });
});

describe('certificate posts: several in one file, and the counts they state', () => {
  const FILE = [
    '# Certificate posts',
    '',
    '## New Lumen Members (createTime 2023-11-02)',
    '(https://example.org/posts/2023-members/)',
    '',
    '从上一次颁发（2023 年 2 月 1 日）到现在，共有 2 位突出贡献者入选了 Lumen Member。',
    '(The annual review says 3.)',
    '',
    '| 姓名 | 证书 |',
    '| ---- | ---- |',
    '|Rin Tamura|https://example.org/img/member-tamurarin.png|',
    '|Sam Lee|https://example.org/img/member-leesam.png|',
    '',
    '## Lumen Ambassadors (createTime 2023-10-01)',
    '(https://example.org/posts/2023-ambassadors/)',
    '',
    '| 姓名 | 证书 |',
    '| ---- | ---- |',
    '|Ada Lin|https://example.org/img/ambassador-linada.png|',
  ].join('\n');

  it('splits the file into posts, each with its role and URL', () => {
    const parts = splitPosts(FILE);
    expect(parts.map((p) => [p.role, p.url])).toEqual([
      ['member', 'https://example.org/posts/2023-members/'],
      ['ambassador', 'https://example.org/posts/2023-ambassadors/'],
    ]);
    const members = readCertificatePost(parts[0]?.text ?? '', 'member', 2023, parts[0]?.url ?? '');
    expect(members.entries.map((e) => [e.listedAs, e.certificate])).toEqual([
      ['Rin Tamura', 'https://example.org/img/member-tamurarin.png'],
      ['Sam Lee', 'https://example.org/img/member-leesam.png'],
    ]);
    expect(members.statements).toEqual([
      {
        role: 'member',
        year: 2023,
        value: 2,
        bound: 'exact',
        scope: 'new',
        wording: '从上一次颁发（2023 年 2 月 1 日）到现在，共有 2 位突出贡献者入选了 Lumen Member。',
        source: 'https://example.org/posts/2023-members/',
      },
    ]);
  });

  it('is not a multi-post file when it has one post', () => {
    expect(splitPosts('## Lumen Ambassadors\n(https://example.org/posts/a/)\n')).toEqual([]);
  });

  it('reads each stated count with its wording and its kind, and leaves out targets and stars', () => {
    const text = [
      'Verbatim: 作为一个开源项目，Lumen 为目前拥有 200+ 贡献者而感到荣幸。',
      'Verbatim: 截止到目前，Lumen Contributor 已接近 300 人。',
      'Verbatim: 收获了 10000+ star。',
      'Verbatim: 社区希望为该计划挑选出 25 名 Lumen Ambassador。',
      'Verbatim: 上次颁发后，2022 年有 17 位新的 Talented Speaker：',
      'Verbatim: 从上一次[颁发](https://example.org/posts/a/)到现在，社区又诞生了 101 位新的 Contributor。',
    ].join('\n');
    const read = readStatements(text, 'contributor', 2023, REVIEW).map((s) => [s.year, s.value, s.bound, s.scope, s.wording]);
    expect(read).toEqual([
      [2023, 200, 'at-least', 'total', '作为一个开源项目，Lumen 为目前拥有 200+ 贡献者而感到荣幸。'],
      [2023, 300, 'about', 'total', '截止到目前，Lumen Contributor 已接近 300 人。'],
      [2022, 17, 'exact', 'new', '上次颁发后，2022 年有 17 位新的 Talented Speaker：'],
      [2023, 101, 'exact', 'new', '从上一次颁发到现在，社区又诞生了 101 位新的 Contributor。'],
    ]);
  });

  it('keeps each statement once when a post is imported twice', () => {
    const statements = readStatements('Verbatim: 共有 2 位新的 Lumen Member。', 'member', 2023, REVIEW);
    const once = mergeEntries(empty, [], [], { statements }).data;
    const twice = mergeEntries(once, [], [], { statements }).data;
    expect(twice.statements).toHaveLength(1);
    expect(peopleDataset.safeParse(twice).success).toBe(true);
  });
});

describe('station leaders', () => {
  it('reads a leader named in running text only where the Chinese name is already known', () => {
    const text = '10 月 23 日，由用户委员会北岸站站长林晓光发起和组织的 Meetup。南湾站站长王小明也来了。';
    expect(readStationLeaders(text, 2023, REVIEW, ['北岸', '南湾'], ['林晓光']).map((e) => [e.role, e.listedAs])).toEqual([
      ['station-leader', '林晓光'],
    ]);
  });

  it('counts the leaders a review lists and the number it thanks, with its wording', () => {
    const text = '## 社区用户委员会\n\n在此，诚挚感谢 2 位站长：\n- 北岸站站长林晓光\n- 南湾站站长王小明\n';
    const read = readReview(text, 2023, REVIEW, ['北岸', '南湾']);
    expect(read.counts).toEqual([
      { role: 'station-leader', year: 2023, stated: 2, listed: 2, source: REVIEW, wording: '在此，诚挚感谢 2 位站长：' },
    ]);
  });
});

describe('check:data completeness', () => {
  let data: ReturnType<typeof copyCommunity> | undefined;
  afterEach(() => data?.remove());
  const problems = async (dir: string) => (await checkDataDir(dir, DATASETS)).issues.map(formatIssue);

  it('wants every listed source cited by a record, or marked context-only with a reason', async () => {
    data = copyCommunity();
    data.edit('sources.json', (json) =>
      json.sources.push({
        url: 'https://example.org/posts/unused/',
        title: { zh: '未用', en: 'Unused' },
        date: '2024-01-01',
        publisher: 'Lumen',
      }),
    );
    expect(await problems(data.dir)).toEqual([
      expect.stringMatching(
        /^data\/sources\.json: record sources\[\d+\], field url: https:\/\/example\.org\/posts\/unused\/ is cited by no record: import its facts, or mark it "contextOnly" with the reason$/,
      ),
    ]);
    expect((await checkDataDir(data.dir, DATASETS, { importing: true })).issues).toEqual([]);
    data.edit('sources.json', (json) => {
      const last = json.sources.at(-1);
      if (last) last.contextOnly = 'read for context; its facts are in the review';
    });
    expect(await problems(data.dir)).toEqual([]);
  });

  it('refuses one certificate (or one certificate slug) on two people', async () => {
    data = copyCommunity();
    data.edit('people.json', (json) => {
      const [a, b] = json.people;
      if (a?.roles[0] && b?.roles[0]) {
        a.roles[0].certificate = 'https://example.org/img/speaker-samelee.png';
        b.roles[0].certificate = 'https://example.org/img/contributor-samelee.png';
      }
    });
    const found = await problems(data.dir);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/certificate slug "samelee" is also on "ada-lin": merge them, or record a "different" decision/);
  });

  it('refuses a talk speaker linked to a person without evidence', async () => {
    data = copyCommunity();
    data.edit('people.json', (json) => {
      const ada = json.people.find((p) => p.id === 'ada-lin');
      if (ada) ada.evidence = [];
    });
    expect(await problems(data.dir)).toEqual([
      expect.stringMatching(/field talks\.1\.speakers\.0\.personId: speaker "林晓光" is linked to "ada-lin" without evidence/),
    ]);
  });

  it('wants the wording of every stated count', async () => {
    data = copyCommunity();
    data.edit('people.json', (json) => {
      const first = json.counts[0];
      if (first) delete first.wording;
    });
    expect(await problems(data.dir)).toEqual([
      expect.stringMatching(/counts\[0\] \(ambassador 2022\), field wording: stated 2 has no wording/),
    ]);
  });
});
