import type { PeopleDataset, Person } from '@/features/people/schema';
import { ROLES, type EvidenceKind, type Role } from '@/features/people/vocabulary';

/** The person with this id, if the data has them. */
export function findPerson(data: PeopleDataset, id: string): Person | undefined {
  return data.people.find((p) => p.id === id);
}

/** One role in one year, however many posts list it: the names it was listed under, its certificates, its sources. */
export type YearRole = { role: Role; listedAs: string[]; certificates: string[]; sources: string[] };
export type PersonYear = { year: number; roles: YearRole[] };

const unique = <T>(values: readonly T[]): T[] => [...new Set(values)];

/** A person's years, most recent first; in each, one entry per role (in the role vocabulary's order). */
export function personYears(person: Pick<Person, 'roles'>): PersonYear[] {
  const years = unique(person.roles.map((r) => r.year)).sort((a, b) => b - a);
  return years.map((year) => ({
    year,
    roles: ROLES.flatMap((role) => {
      const entries = person.roles.filter((r) => r.year === year && r.role === role);
      if (entries.length === 0) return [];
      return [
        {
          role,
          listedAs: unique(entries.map((r) => r.listedAs)),
          certificates: unique(entries.flatMap((r) => (r.certificate ? [r.certificate] : []))),
          sources: unique(entries.map((r) => r.source)),
        },
      ];
    }),
  }));
}

/** Why a record is one person, in plain words: each kind of evidence once, with how often it was found and where. */
export type RecordReason = { kind: EvidenceKind; times: number; sources: string[] };

export function aboutRecord(person: Pick<Person, 'evidence'>): RecordReason[] {
  const byKind = new Map<EvidenceKind, RecordReason>();
  for (const ev of person.evidence) {
    const reason = byKind.get(ev.kind) ?? { kind: ev.kind, times: 0, sources: [] };
    reason.times += 1;
    if (ev.source && !reason.sources.includes(ev.source)) reason.sources.push(ev.source);
    byKind.set(ev.kind, reason);
  }
  return [...byKind.values()];
}
