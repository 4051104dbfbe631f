import type { PeopleSearch } from '@/features/people/search-params';

export type Blocker = 'q' | 'roles' | 'years' | 'all';

/** What the empty state's button clears: the one filter that removed everyone, or all of them. */
export function clearBlocker(blocker: Blocker): Partial<PeopleSearch> {
  if (blocker === 'q') return { q: '' };
  if (blocker === 'roles') return { roles: [] };
  if (blocker === 'years') return { years: [] };
  return { roles: [], years: [], q: '' };
}

/** The CSV's file name names the filters: `people.csv`, `people-role_speaker_year_2022.csv`. */
export function csvFileName(query: URLSearchParams): string {
  const text = query.toString();
  return `people${text ? `-${text.replace(/[^\w,-]+/g, '_')}` : ''}.csv`;
}

/** The records at these positions, in their order (what the CSV of the filtered list holds). */
export function peopleAt<T>(people: readonly T[], positions: Int32Array): T[] {
  const out: T[] = [];
  for (const i of positions) {
    const person = people[i];
    if (person !== undefined) out.push(person);
  }
  return out;
}
