import type { Localized } from '../../../lib/schema.ts';
import type { MembershipRequest, PeopleDataset, Role, StatedFigure } from '../schema.ts';
import { ROLES } from '../vocabulary.ts';

export type StatedVsListed = {
  role: Role;
  year: number;
  stated: number | null;
  listedRows: number | null;
  /** People holding this role in this year (each person once), including those not shown at their request. */
  distinct: number;
  /** Of `distinct`, people not shown at their request (data/withheld.json): counted, never named. */
  withheld: number;
  agrees: boolean;
};

/** people.json without its people: the posts' counts and statements, the withheld counts, the code authors. */
export type PeopleFacts = Omit<PeopleDataset, 'people'>;

/** People per role and year, each person once (as `roleYearMatrix` in lib/filter.ts counts them from the index). */
export type ListedPerYear = readonly ({ year: number } & Partial<Record<Role, number>>)[];

/**
 * For every role and year the data knows: what the post states, how many rows it lists, how many distinct people.
 * `listed`, when given, is the distinct people per role and year already counted (from the people index: 100,000
 * people's records need not be walked again, nor even be on this thread: then the facts without the people do).
 */
export function statedVsListed(data: PeopleDataset): StatedVsListed[];
export function statedVsListed(data: PeopleFacts, listed: ListedPerYear): StatedVsListed[];
export function statedVsListed(data: PeopleFacts | PeopleDataset, listed?: ListedPerYear): StatedVsListed[] {
  const distinct = new Map<string, number>();
  if (listed) {
    for (const row of listed)
      for (const role of ROLES) {
        const n = row[role] ?? 0;
        if (n > 0) distinct.set(`${role}:${String(row.year)}`, n);
      }
  } else if ('people' in data)
    for (const person of data.people) {
      const keys = new Set(person.roles.map((r) => `${r.role}:${r.year}`));
      for (const key of keys) distinct.set(key, (distinct.get(key) ?? 0) + 1);
    }
  const withheld = new Map((data.withheld ?? []).map((w) => [`${w.role}:${w.year}`, w.people]));
  for (const [key, n] of withheld) distinct.set(key, (distinct.get(key) ?? 0) + n);
  const keys = new Set([...distinct.keys(), ...data.counts.map((c) => `${c.role}:${c.year}`)]);
  const rows: StatedVsListed[] = [];
  for (const key of keys) {
    const [roleText, yearText] = key.split(':');
    const role = ROLES.find((r) => r === roleText);
    if (!role) continue;
    const year = Number(yearText);
    const count = data.counts.find((c) => c.role === role && c.year === year);
    const n = distinct.get(key) ?? 0;
    const stated = count?.stated ?? null;
    const listedRows = count?.listedRows ?? null;
    rows.push({
      role,
      year,
      stated,
      listedRows,
      distinct: n,
      withheld: withheld.get(key) ?? 0,
      agrees: (stated === null || stated === n) && (listedRows === null || listedRows === n),
    });
  }
  return rows.sort((a, b) => a.year - b.year || ROLES.indexOf(a.role) - ROLES.indexOf(b.role));
}

export type Figure = {
  /** The number to show: the post's stated count, else the distinct people it lists; null if neither exists. */
  value: number | null;
  basis: 'stated' | 'listed' | null;
  stated: number | null;
  /** Distinct people listed, including those not shown at their request. */
  listed: number;
  /** Of `listed`, people not shown at their request (data/withheld.json). */
  withheld: number;
  source: string | undefined;
};

export function roleFigure(data: PeopleDataset, role: Role, year: number): Figure {
  const count = data.counts.find((c) => c.role === role && c.year === year);
  const withheld = data.withheld?.find((w) => w.role === role && w.year === year)?.people ?? 0;
  const listed = data.people.filter((p) => p.roles.some((r) => r.role === role && r.year === year)).length + withheld;
  const stated = count?.stated ?? null;
  if (stated !== null) return { value: stated, basis: 'stated', stated, listed, withheld, source: count?.source };
  if (listed > 0)
    return {
      value: listed,
      basis: 'listed',
      stated,
      listed,
      withheld,
      source:
        count?.source ??
        data.people
          .find((p) => p.roles.some((r) => r.role === role && r.year === year))
          ?.roles.find((r) => r.role === role && r.year === year)?.source,
    };
  return { value: null, basis: null, stated: null, listed: 0, withheld: 0, source: undefined };
}

/** A stated-vs-listed row with the post's note and source, where the data has a count for it. */
export type StatedVsListedRow = StatedVsListed & { note: Localized | undefined; source: string | undefined };

/** The stated-vs-listed table's rows: the comparison, with each count's note and source. */
export function statedVsListedWithNotes(data: PeopleDataset): StatedVsListedRow[];
export function statedVsListedWithNotes(data: PeopleFacts, listed: ListedPerYear): StatedVsListedRow[];
export function statedVsListedWithNotes(data: PeopleFacts | PeopleDataset, listed?: ListedPerYear): StatedVsListedRow[] {
  const counts = new Map(data.counts.map((c) => [`${c.role}:${c.year}`, c]));
  const rows = listed ? statedVsListed(data, listed) : 'people' in data ? statedVsListed(data) : [];
  return rows.map((row) => {
    const count = counts.get(`${row.role}:${row.year}`);
    return { ...row, note: count?.note, source: count?.source };
  });
}

/** A year's stated contributor count beside the commit authors its repositories' history shows (different measures). */
export type ContributorsBeside = {
  year: number;
  stated: number | null;
  source: string | undefined;
  /** Distinct commit authors across the repositories; null where the history was not read for that year. */
  authors: number | null;
  withLogin: number | null;
};

/** Every year with a stated contributor count or a commit-author figure, oldest first. */
export function contributorsBesideAuthors(data: PeopleFacts): ContributorsBeside[] {
  const authors = new Map((data.codeAuthors?.perYear ?? []).filter((r) => r.repo === null).map((r) => [r.year, r]));
  const counts = new Map(data.counts.filter((c) => c.role === 'contributor').map((c) => [c.year, c]));
  const years = [...new Set([...authors.keys(), ...counts.keys()])].sort((a, b) => a - b);
  return years.map((year) => ({
    year,
    stated: counts.get(year)?.stated ?? null,
    source: counts.get(year)?.source,
    authors: authors.get(year)?.authors ?? null,
    withLogin: authors.get(year)?.withLogin ?? null,
  }));
}

/** The numbers certificate posts state (new since the previous post, or everyone so far), by year then role. */
export function statementsInOrder(data: PeopleFacts): StatedFigure[] {
  return [...(data.statements ?? [])].sort((a, b) => a.year - b.year || ROLES.indexOf(a.role) - ROLES.indexOf(b.role));
}

/** A person's requests in the community's issue tracker (linked by the same login, never by a name), oldest first. */
export function membershipRequestsOf(data: PeopleDataset, personId: string): MembershipRequest[] {
  return (data.membershipRequests ?? []).filter((m) => m.personId === personId).sort((a, b) => a.opened.localeCompare(b.opened));
}
