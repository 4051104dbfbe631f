import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkDataDir } from '@/cli/check';
import { runCli } from '@/cli/lib/cli';
import { withheldLeaks, withholdEcosystem, withholdEvents, withholdPeople } from '@/cli/lib/withheld';
import { DATASETS } from '@/cli/registry';
import { main as importReview } from '@/cli/import-review';
import { main as withhold } from '@/cli/withhold';
import type { EcosystemDataset } from '@/features/community/schema';
import type { EventsDataset } from '@/features/events/schema';
import type { PeopleDataset, WithheldRequest } from '@/features/people/schema';
import { formatIssue } from '@/lib/dataset-error';
import { person, peopleDataset, roleCount, roleEntry } from '../fixtures/people';
import { POST_2023, POST_2024 } from '../fixtures/sources';
import { COMMUNITY, copyCommunity } from './data-fixture';
import { resolve } from 'node:path';

const hidden: WithheldRequest = {
  id: 'nia-moss',
  mode: 'hidden',
  names: ['Nia Moss', '莫妮'],
  roles: [
    { role: 'speaker', year: 2023 },
    { role: 'contributor', year: 2024 },
  ],
  date: '2025-01-02',
  request: 'an e-mail to the maintainers',
};
const idOnly: WithheldRequest = {
  id: 'tom-reed',
  mode: 'id-only',
  shownAs: 'TRd42',
  names: ['Tom Reed'],
  roles: [],
  date: '2025-02-03',
  request: 'issue 12',
};

function dataset(): PeopleDataset {
  return peopleDataset({
    people: [
      person({ id: 'ada', name: 'Ada' }),
      person({
        id: 'nia-moss',
        name: 'Nia Moss',
        nameZh: '莫妮',
        roles: [
          roleEntry({
            role: 'speaker',
            year: 2023,
            listedAs: 'Nia Moss',
            certificate: 'https://example.org/c/speaker-niamoss.png',
            source: POST_2023,
          }),
          roleEntry({ role: 'contributor', year: 2024, listedAs: 'Nia Moss' }),
        ],
      }),
      person({
        id: 'tom-reed',
        name: 'Tom Reed',
        github: 'TRd42',
        avatar: 'avatars/tom.png',
        aliases: ['TRd42'],
        roles: [
          roleEntry({
            role: 'speaker',
            year: 2023,
            listedAs: 'Tom Reed',
            certificate: 'https://example.org/c/speaker-tomreed.png',
            source: POST_2023,
          }),
          roleEntry({ role: 'contributor', year: 2024, listedAs: 'TRd42' }),
        ],
        evidence: [{ kind: 'github-id-is-slug', detail: 'Tom Reed is TRd42', source: POST_2024 }],
        notes: [{ zh: 'Tom Reed 的说明', en: 'a note on Tom Reed' }],
      }),
    ],
    counts: [roleCount({ role: 'speaker', year: 2023, stated: 2, listedRows: 2, wording: '2 位讲师', source: POST_2023 })],
    membershipRequests: [
      {
        kind: 'member',
        login: 'nia-moss-gh',
        issue: 'https://example.org/issues/1',
        opened: '2024-01-01',
        openedBy: 'nia-moss-gh',
        sponsors: [],
        outcome: 'welcome',
        outcomeDate: null,
        personId: 'nia-moss',
        source: POST_2024,
      },
    ],
  });
}

describe('opt-out requests (data/withheld.json)', () => {
  it('removes a hidden person and counts their role-years; keeps an id-only person under their ID alone', () => {
    const { data, problems, applied } = withholdPeople(dataset(), [hidden, idOnly]);
    expect(problems).toEqual([]);
    expect(applied).toEqual(['hidden: nia-moss', 'id-only: tom-reed as trd42']);
    expect(data.people.map((p) => p.id)).toEqual(['ada', 'trd42']);
    expect(data.people[1]).toEqual({
      id: 'trd42',
      name: 'TRd42',
      github: 'TRd42',
      aliases: [],
      roles: [
        { role: 'speaker', year: 2023, listedAs: 'TRd42', source: POST_2023 },
        { role: 'contributor', year: 2024, listedAs: 'TRd42', source: POST_2024 },
      ],
      evidence: [],
      notes: [],
      searchKeys: ['trd42'],
      listing: 'id-only',
    });
    expect(data.withheld).toEqual([
      { role: 'speaker', year: 2023, people: 1 },
      { role: 'contributor', year: 2024, people: 1 },
    ]);
    expect(data.membershipRequests).toEqual([]);
    // Again: nothing changes.
    expect(withholdPeople(data, [hidden, idOnly]).data).toEqual(data);
  });

  it('refuses a hidden person whose role-years the request does not list, so that the counts stay true', () => {
    const { problems } = withholdPeople(dataset(), [{ ...hidden, roles: [{ role: 'speaker', year: 2023 }] }]);
    expect(problems).toEqual(['data/withheld.json: "nia-moss" is listed as contributor 2024; add it to the request\'s roles']);
  });

  it('joins a fresh import’s new record of an id-only person to the one under their ID', () => {
    const once = withholdPeople(dataset(), [hidden, idOnly]).data;
    const again = {
      ...once,
      people: [...once.people, person({ id: 'tom-reed', name: 'Tom Reed', roles: [roleEntry({ year: 2022, listedAs: 'Tom Reed' })] })],
    };
    const people = withholdPeople(again, [hidden, idOnly]).data.people;
    expect(people.map((p) => p.id)).toEqual(['ada', 'trd42']);
    expect(people[1]?.roles.map((r) => `${r.role} ${String(r.year)} ${r.listedAs}`)).toEqual([
      'contributor 2022 TRd42',
      'speaker 2023 TRd42',
      'contributor 2024 TRd42',
    ]);
  });

  it('removes hidden talk speakers and committee leaders (by id or by name), counting them; shows id-only ones by ID', () => {
    const events: EventsDataset = {
      events: [
        {
          id: 'm',
          type: 'meetup',
          year: 2023,
          date: '2023-05-01',
          mode: 'offline',
          title: { zh: '聚会' },
          talks: [
            {
              title: { zh: '甲' },
              speakers: [{ name: '莫妮（小莫）' }, { name: 'Tom Reed', personId: 'tom-reed' }, { name: 'Ada', personId: 'ada' }],
            },
          ],
          source: POST_2023,
        },
      ],
      stated: [],
    };
    const talk = withholdEvents(events, [hidden, idOnly]).events[0]?.talks[0];
    expect(talk).toEqual({
      title: { zh: '甲' },
      speakers: [
        { name: 'TRd42', personId: 'trd42' },
        { name: 'Ada', personId: 'ada' },
      ],
      withheldSpeakers: 1,
    });
    const ecosystem: EcosystemDataset = {
      awards: [],
      cases: [],
      partners: [],
      committees: [
        {
          id: 'c',
          city: { zh: '城', en: 'City' },
          leaders: [
            { year: 2023, position: 'leader', name: { zh: '莫妮', en: 'Nia Moss' }, source: POST_2023 },
            { year: 2024, position: 'deputy', name: { zh: 'Ada', en: 'Ada' }, personId: 'ada', source: POST_2024 },
          ],
          source: POST_2023,
        },
      ],
    };
    const committee = withholdEcosystem(ecosystem, [hidden, idOnly]).committees[0];
    expect(committee?.leaders.map((l) => l.name.en)).toEqual(['Ada']);
    expect(committee?.withheldLeaders).toEqual([{ year: 2023, count: 1 }]);
  });

  it('finds a withheld person named anywhere in the published data: a note, a certificate file, a login', () => {
    const data = withholdPeople(dataset(), [hidden, idOnly]).data;
    expect(withheldLeaks(new Map([['data/people.json', data]]), [hidden, idOnly], data)).toEqual([]);
    const leaky = structuredClone(data);
    leaky.people[0]!.notes.push({ zh: '与莫妮同台', en: 'spoke with nia moss' });
    leaky.people[0]!.roles[0]!.certificate = 'https://example.org/c/speaker-tom-reed.png';
    const issues = withheldLeaks(new Map([['data/people.json', leaky]]), [hidden, idOnly], leaky).map(formatIssue);
    expect(issues).toEqual([
      expect.stringMatching(
        /^data\/people\.json: record people\[0\] \(id "ada"\), field roles\.0\.certificate: names a person withheld .*id "tom-reed", id-only/,
      ),
      expect.stringMatching(
        /^data\/people\.json: record people\[0\] \(id "ada"\), field notes\.0\.zh: names a person withheld .*id "nia-moss", hidden/,
      ),
      expect.stringMatching(
        /^data\/people\.json: record people\[0\] \(id "ada"\), field notes\.0\.en: names a person withheld .*id "nia-moss", hidden/,
      ),
    ]);
    // A name inside a longer word is not theirs ("Tom Reedy").
    leaky.people[0]!.notes = [{ zh: 'x', en: 'Tom Reedy' }];
    leaky.people[0]!.roles[0]!.certificate = undefined;
    expect(withheldLeaks(new Map([['data/people.json', leaky]]), [hidden, idOnly], leaky)).toEqual([]);
  });
});

describe('the made-up community with one id-only and one hidden person', () => {
  let data: ReturnType<typeof copyCommunity> | undefined;
  afterEach(() => data?.remove());

  it('is valid, and its published data names neither of them', async () => {
    const result = await checkDataDir(COMMUNITY, DATASETS);
    expect(result.issues.map(formatIssue)).toEqual([]);
    expect(result.published).not.toContain('withheld.json');
    const published = result.published.filter((f) => f.endsWith('.json')).map((f) => readFileSync(join(COMMUNITY, f), 'utf8'));
    const requests = (JSON.parse(readFileSync(join(COMMUNITY, 'withheld.json'), 'utf8')) as { requests: WithheldRequest[] }).requests;
    expect(requests.map((r) => r.mode).sort()).toEqual(['hidden', 'id-only']);
    for (const r of requests) for (const name of [...r.names, r.id]) for (const text of published) expect(text).not.toContain(name);
  });

  it('check:data fails, naming file, record and field, when a withheld person comes back; the withhold tool removes them again', async () => {
    data = copyCommunity();
    const { dir, edit } = data;
    const before = readFileSync(join(dir, 'people.json'), 'utf8');
    edit('people.json', (json) => {
      json.people.push(
        person({
          id: 'nadia-rahman',
          name: 'Nadia Rahman',
          roles: [
            roleEntry({
              role: 'contributor',
              year: 2023,
              listedAs: 'Nadia Rahman',
              source: 'https://example.org/posts/2023-year-in-review/',
            }),
          ],
        }),
      );
    });
    const issues = (await checkDataDir(dir, DATASETS)).issues.map(formatIssue);
    expect(issues).toContain(
      'data/people.json: record people[11] (id "nadia-rahman"), field name: names a person withheld at their request (data/withheld.json, id "nadia-rahman", hidden): apply the requests (npx tsx src/cli/withhold.ts), or remove it by hand',
    );
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    try {
      expect(await runCli(withhold, ['--data', dir])).toBe(0);
    } finally {
      log.mockRestore();
    }
    expect(JSON.parse(readFileSync(join(dir, 'people.json'), 'utf8'))).toEqual(JSON.parse(before));
    expect((await checkDataDir(dir, DATASETS)).issues).toEqual([]);
  });

  it('check:data names a broken request', async () => {
    data = copyCommunity();
    writeFileSync(
      join(data.dir, 'withheld.json'),
      JSON.stringify({ requests: [{ id: 'x', mode: 'id-only', names: ['X Y'], roles: [], date: '2025-01-01', request: 'r' }] }),
    );
    const issues = (await checkDataDir(data.dir, DATASETS)).issues.map(formatIssue);
    expect(issues).toContain('data/withheld.json: record requests[0] (id "x"): an id-only request needs shownAs, the ID to show');
  });

  it('the importer applies the requests to what it reads: a hidden contributor is counted, never written; running it again changes nothing', async () => {
    data = copyCommunity();
    const { dir } = data;
    const file = join(dir, 'withheld.json');
    const requests = JSON.parse(readFileSync(file, 'utf8')) as { requests: WithheldRequest[] };
    requests.requests.push(
      {
        id: 'kim-lee',
        mode: 'hidden',
        names: ['kim-lee'],
        roles: [{ role: 'contributor', year: 2024 }],
        date: '2025-04-01',
        request: 'made up',
      },
      { id: 'omar-haddad', mode: 'id-only', shownAs: 'oh-7', names: ['omar-haddad'], roles: [], date: '2025-04-02', request: 'made up' },
    );
    writeFileSync(file, JSON.stringify(requests));
    const post = resolve(import.meta.dirname, '../fixtures/sources/lumen-2024-review.md');
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    try {
      expect(await runCli(importReview, [post, '--year', '2024', '--data', dir])).toBe(0);
      const once = readFileSync(join(dir, 'people.json'), 'utf8');
      expect(once).not.toContain('kim-lee');
      expect(once).not.toContain('omar-haddad');
      const people = JSON.parse(once) as PeopleDataset;
      expect(people.people.find((p) => p.id === 'oh-7')).toMatchObject({ name: 'oh-7', listing: 'id-only', searchKeys: ['oh-7'] });
      expect(people.withheld).toContainEqual({ role: 'contributor', year: 2024, people: 1 });
      expect(await runCli(importReview, [post, '--year', '2024', '--data', dir])).toBe(0);
      expect(readFileSync(join(dir, 'people.json'), 'utf8')).toBe(once);
    } finally {
      log.mockRestore();
    }
    expect((await checkDataDir(dir, DATASETS)).issues.map(formatIssue)).toEqual([]);
  });
});
