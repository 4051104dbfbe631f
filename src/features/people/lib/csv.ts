import type { Person } from '../schema';
import { rolesByYear } from './filter';

function cell(value: string): string {
  // Quote every cell; a leading = + - @ would be read as a formula by spreadsheets, so prefix it.
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

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
  return `\uFEFF${[header, ...rows].map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`;
}
