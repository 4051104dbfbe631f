import { toCsv } from '@/lib/csv';
import type { Person } from '@/features/people/schema';
import { rolesByYear } from '@/features/people/lib/filter';

/** The filtered list as CSV, UTF-8 with a BOM so spreadsheet programs show Chinese names. */
export function peopleCsv(people: readonly Person[]): string {
  const header = ['id', 'name', 'name_zh', 'github', 'roles', 'aliases'];
  const rows = people.map((p) => [
    p.id,
    p.name,
    p.nameZh ?? '',
    p.github ?? '',
    [...rolesByYear(p)].map(([role, years]) => `${role} ${years.join(' ')}`).join('; '),
    p.aliases.join('; '),
  ]);
  return `\uFEFF${toCsv(header, rows)}`;
}
