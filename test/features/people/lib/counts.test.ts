import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  contributorsBesideAuthors,
  membershipRequestsOf,
  roleFigure,
  statedVsListedWithNotes,
  statementsInOrder,
} from '@/features/people/lib/counts';
import { indexPeople, roleYearMatrix } from '@/features/people/lib/filter';
import { ROLES } from '@/features/people/vocabulary';
import { person, peopleDataset, roleCount, roleEntry } from '../../../fixtures/people';
import { POST_2023, POST_2024 } from '../../../fixtures/sources';

describe('stated vs listed, with notes', () => {
  it('adds each count’s note and source, and nothing where the data has no count', () => {
    const data = peopleDataset({
      people: [
        person({ id: 'a', name: 'A', roles: [roleEntry({ role: 'speaker', year: 2023 })] }),
        person({ id: 'b', name: 'B', roles: [roleEntry({ role: 'speaker', year: 2023 }), roleEntry({ role: 'member', year: 2024 })] }),
      ],
      counts: [
        roleCount({
          role: 'speaker',
          year: 2023,
          stated: 3,
          listedRows: 2,
          note: { zh: '一人未列出。', en: 'One is not listed.' },
          source: POST_2023,
        }),
      ],
    });
    expect(statedVsListedWithNotes(data)).toEqual([
      {
        role: 'speaker',
        year: 2023,
        stated: 3,
        listedRows: 2,
        distinct: 2,
        withheld: 0,
        agrees: false,
        note: { zh: '一人未列出。', en: 'One is not listed.' },
        source: POST_2023,
      },
      {
        role: 'member',
        year: 2024,
        stated: null,
        listedRows: null,
        distinct: 1,
        withheld: 0,
        agrees: true,
        note: undefined,
        source: undefined,
      },
    ]);
  });

  it('counts people not shown at their request with the people listed, and says how many they are', () => {
    const data = peopleDataset({
      people: [person({ id: 'a', name: 'A', roles: [roleEntry({ role: 'speaker', year: 2023 })] })],
      counts: [roleCount({ role: 'speaker', year: 2023, stated: 3, listedRows: 3, wording: '3 位讲师', source: POST_2023 })],
      withheld: [
        { role: 'speaker', year: 2023, people: 2 },
        { role: 'member', year: 2024, people: 1 },
      ],
    });
    const rows = statedVsListedWithNotes(data);
    expect(rows.map((r) => [r.role, r.year, r.distinct, r.withheld, r.agrees])).toEqual([
      ['speaker', 2023, 3, 2, true],
      ['member', 2024, 1, 1, true],
    ]);
    expect(roleFigure(data, 'member', 2024)).toMatchObject({ value: 1, basis: 'listed', listed: 1, withheld: 1 });
    expect(roleFigure(data, 'speaker', 2023)).toMatchObject({ value: 3, basis: 'stated', listed: 3, withheld: 2 });
  });

  it('gives the same rows from the index’s people per role and year as from the records', () => {
    const years = [2021, 2022, 2023, 2024];
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.record({ role: fc.constantFrom(...ROLES), year: fc.constantFrom(...years) }), { maxLength: 4 }), {
          maxLength: 30,
        }),
        fc.subarray(years),
        (roles, counted) => {
          const data = peopleDataset({
            people: roles.map((list, i) =>
              person({
                id: `p-${String(i)}`,
                name: `P ${String(i)}`,
                roles: list.map((r) => roleEntry({ ...r, listedAs: `P ${String(i)}` })),
              }),
            ),
            counts: counted.map((year) => roleCount({ role: 'speaker', year, stated: 2, listedRows: 1, wording: 'x', source: POST_2023 })),
            withheld: counted.slice(0, 1).map((year) => ({ role: 'member' as const, year, people: 1 })),
          });
          expect(statedVsListedWithNotes(data, roleYearMatrix(indexPeople(data.people, ROLES)))).toEqual(statedVsListedWithNotes(data));
        },
      ),
    );
  });

  it('puts each year’s stated contributors beside the commit authors of the whole history, never adding them up', () => {
    const data = peopleDataset({
      counts: [roleCount({ role: 'contributor', year: 2024, stated: 5, listedRows: 5, wording: '5 位', source: POST_2024 })],
      codeAuthors: {
        definition: { zh: '提交作者', en: 'commit authors' },
        repositories: [],
        perYear: [
          { year: 2023, repo: null, authors: 7, withLogin: 6 },
          { year: 2023, repo: 'o/a', authors: 7, withLogin: 6 },
          { year: 2024, repo: null, authors: 9, withLogin: 8 },
        ],
        sources: [POST_2024],
      },
    });
    expect(contributorsBesideAuthors(data)).toEqual([
      { year: 2023, stated: null, source: undefined, authors: 7, withLogin: 6 },
      { year: 2024, stated: 5, source: POST_2024, authors: 9, withLogin: 8 },
    ]);
  });

  it('orders the certificate posts’ statements by year and role, and finds a person’s requests by id alone', () => {
    const st = (role: 'speaker' | 'ambassador', year: number) => ({
      role,
      year,
      value: 1,
      bound: 'exact' as const,
      scope: 'new' as const,
      wording: `${role} ${String(year)}`,
      source: POST_2024,
    });
    const request = (login: string, opened: string, personId?: string) => ({
      kind: 'member' as const,
      login,
      issue: `https://example.org/issues/${login}`,
      opened,
      openedBy: login,
      sponsors: [],
      outcome: 'Invited',
      outcomeDate: null,
      ...(personId ? { personId } : {}),
      source: POST_2024,
    });
    const data = peopleDataset({
      statements: [st('speaker', 2024), st('speaker', 2023), st('ambassador', 2024)],
      membershipRequests: [request('b', '2024-02-01', 'ada-lin'), request('a', '2023-01-01', 'ada-lin'), request('ada-lin', '2023-05-01')],
    });
    expect(statementsInOrder(data).map((x) => x.wording)).toEqual(['speaker 2023', 'ambassador 2024', 'speaker 2024']);
    expect(membershipRequestsOf(data, 'ada-lin').map((r) => r.login)).toEqual(['a', 'b']);
  });
});
