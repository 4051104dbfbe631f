import { describe, expect, it } from 'vitest';
import { countCodeAuthors, readMembershipRequests } from '@/cli/lib/history';
import { peopleDataset, type PeopleDataset } from '@/features/people/schema';

/** A made-up community's history: two repositories, hashed e-mails, some logins. */
const CSV = [
  'repo,year,author_key,author_name,github_login,login_evidence,commits_in_year,first_commit_in_repo',
  'lumen/core,2022,aaaaaaaaaa,Ada,ada-l,noreply-email,3,2022-01-02',
  'lumen/core,2022,bbbbbbbbbb,Bo,,,1,2022-03-04',
  'lumen/core,2023,aaaaaaaaaa,Ada,ada-l,noreply-email,2,2022-01-02',
  'lumen/docs,2022,cccccccccc,Ada L,ada-l,merge-commit-branch-owner,1,2022-05-06',
  'lumen/docs,2022,dddddddddd,Cy,,,4,2022-05-07',
  'lumen/docs,2019,eeeeeeeeee,Old,,,1,2019-01-01',
].join('\n');
const REPOS = [
  { repo: 'lumen/core', head: 'abcdef1', headDate: '2024-01-01', source: 'https://example.org/git/core' },
  { repo: 'lumen/docs', head: '1234567', headDate: '2024-01-01', source: 'https://example.org/git/docs' },
];

describe('commit authors per repository and year', () => {
  const result = countCodeAuthors(CSV, REPOS, { from: 2020, to: 2024 });

  it('counts distinct authors per repository, and once across repositories where a login joins two e-mails', () => {
    expect(result.perYear).toEqual([
      { year: 2022, repo: 'lumen/core', authors: 2, withLogin: 1 },
      { year: 2022, repo: 'lumen/docs', authors: 2, withLogin: 1 },
      { year: 2022, repo: null, authors: 3, withLogin: 1 },
      { year: 2023, repo: 'lumen/core', authors: 1, withLogin: 1 },
      { year: 2023, repo: null, authors: 1, withLogin: 1 },
    ]);
  });

  it('keeps only the community years, publishes no names or keys, and names every repository source', () => {
    expect(JSON.stringify(result)).not.toMatch(/aaaaaaaaaa|Ada|2019/);
    expect(result.sources).toEqual(['https://example.org/git/core', 'https://example.org/git/docs']);
    expect(result.definition.en).toContain("Not the community's stated contributor count");
  });

  it('refuses a repository that has no listed source', () => {
    expect(() => countCodeAuthors(CSV, REPOS.slice(0, 1), { from: 2020, to: 2024 })).toThrow(/lumen\/docs/);
  });
});

describe('membership requests', () => {
  const people: PeopleDataset = {
    people: [
      {
        id: 'bo-chen',
        name: 'Bo Chen',
        aliases: [],
        roles: [
          {
            role: 'member',
            year: 2022,
            listedAs: 'Bo Chen',
            certificate: 'https://example.org/img/member-bochen.png',
            source: 'https://example.org/p/',
          },
        ],
        evidence: [],
        notes: [],
        searchKeys: ['bo chen'],
      },
      {
        id: 'felix',
        name: 'felix-dev',
        aliases: [],
        roles: [{ role: 'contributor', year: 2023, listedAs: 'felix-dev', source: 'https://example.org/p/' }],
        evidence: [],
        notes: [],
        searchKeys: ['felix-dev'],
      },
    ],
    counts: [],
  };
  const TSV = [
    'issue_url\tgithub_login\trequest_opened\topened_by\tsponsors_as_listed\toutcome_as_published\toutcome_date\trole',
    'https://example.org/issues/1\tbochen\t2022-01-01\tbochen\tada; cy\t"Invited"\t2022-01-05\tmember',
    'https://example.org/issues/2\tFelix-Dev\t2023-02-01\tFelix-Dev\t(n/a)\tjoined User Group Lisbon\t\tuser-group-member',
    'https://example.org/issues/3\tbo\t2023-03-01\tbo\t(n/a)\t(issue open)\t\tuser-group-leader-request',
  ].join('\n');
  const requests = readMembershipRequests(TSV, 'https://example.org/issues', people);

  it('reads each request as published, with sponsors, outcome and its date (null where none)', () => {
    expect(requests[0]).toEqual({
      kind: 'member',
      login: 'bochen',
      issue: 'https://example.org/issues/1',
      opened: '2022-01-01',
      openedBy: 'bochen',
      sponsors: ['ada', 'cy'],
      outcome: '"Invited"',
      outcomeDate: '2022-01-05',
      personId: 'bo-chen',
      source: 'https://example.org/issues',
    });
    expect(requests[1]).toMatchObject({ sponsors: [], outcomeDate: null, personId: 'felix' });
  });

  it('links a person only by the same ID (certificate slug or listed ID), never by a similar name', () => {
    expect(requests[2]?.personId).toBeUndefined();
    expect(peopleDataset.safeParse({ ...people, membershipRequests: requests }).success).toBe(true);
  });
});
