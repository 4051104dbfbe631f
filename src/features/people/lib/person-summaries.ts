import type { Person } from '@/features/people/schema';
import type { PeopleIndex, RoleYear } from '@/features/people/lib/filter';

/** What a card in the list shows of a person. A full record is one; a worker's list rebuilds them from columns. */
export type PersonSummary = Pick<Person, 'id' | 'name' | 'nameZh' | 'github' | 'avatar'> & { readonly roles: readonly RoleYear[] };

const FIELDS = ['id', 'name', 'nameZh', 'github', 'avatar'] as const;
const WIDTH = FIELDS.length;

/**
 * Everyone's card fields as one string and the offsets into it (field k of person i spans
 * starts[i·5 + k] … starts[i·5 + k + 1]): what a worker posts instead of an object per person, because
 * one string and one typed array cross to the main thread in milliseconds where 100,000 objects take seconds.
 * An absent optional field is empty (the schema allows no empty name, login or avatar).
 */
export type SummaryColumns = { text: string; starts: Int32Array };

export function summaryColumns(people: readonly PersonSummary[]): SummaryColumns {
  const parts: string[] = [];
  const starts = new Int32Array(people.length * WIDTH + 1);
  let at = 0;
  people.forEach((person, i) => {
    FIELDS.forEach((field, k) => {
      const value = person[field] ?? '';
      starts[i * WIDTH + k] = at;
      parts.push(value);
      at += value.length;
    });
  });
  starts[people.length * WIDTH] = at;
  return { text: parts.join(''), starts };
}

/** Person i's card from the columns, with their roles from the index's role-year pairs (each pair once, in listed order). */
export function summaryAt(columns: SummaryColumns, index: PeopleIndex, i: number): PersonSummary {
  const field = (k: number) => columns.text.slice(columns.starts[i * WIDTH + k] ?? 0, columns.starts[i * WIDTH + k + 1] ?? 0);
  const stride = index.years.length;
  const roles: RoleYear[] = [];
  for (let k = index.pairStart[i] ?? 0, end = index.pairStart[i + 1] ?? 0; k < end; k += 1) {
    const code = index.pairs[k] ?? 0;
    const role = index.roles[(code / stride) | 0];
    const year = index.years[code % stride];
    if (role !== undefined && year !== undefined) roles.push({ role, year });
  }
  const [nameZh, github, avatar] = [field(2), field(3), field(4)];
  return {
    id: field(0),
    name: field(1),
    ...(nameZh ? { nameZh } : {}),
    ...(github ? { github } : {}),
    ...(avatar ? { avatar } : {}),
    roles,
  };
}
