/** A cell a spreadsheet would read as a formula: it starts with `=`, `+`, `-`, `@`, a tab or a carriage return. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell: formulas neutralised with a leading `'` (shown as text), quoted when it holds a comma, quote or line break. */
function cell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * The one CSV writer of every export: a header row and data rows (RFC 4180, CRLF line ends). Numbers stay
 * numbers; text that a spreadsheet would run as a formula (`=HYPERLINK(...)`) is written as text.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  return [header, ...rows].map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}
