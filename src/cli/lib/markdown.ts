import { stripFrontMatter } from './text.ts';

/** Small readers for the review posts' markdown: front matter, sections, tables and lists. */
export type Section = { level: number; heading: string; lines: string[] };

export function frontMatter(text: string): Record<string, string> {
  const match = /^---\n([\s\S]*?)\n---/.exec(text);
  const out: Record<string, string> = {};
  if (!match?.[1]) return out;
  for (const line of match[1].split('\n')) {
    const kv = /^(\w+):\s*(.*)$/.exec(line);
    if (kv?.[1] && kv[2] !== undefined) out[kv[1]] = kv[2].trim().replace(/^['"]|['"]$/g, '');
  }
  return out;
}

export function sections(text: string): Section[] {
  const body = stripFrontMatter(text);
  const out: Section[] = [{ level: 0, heading: '', lines: [] }];
  for (const line of body.split('\n')) {
    const h = /^(#{1,6})\s+(.*)$/.exec(line);
    if (h?.[1] && h[2] !== undefined) out.push({ level: h[1].length, heading: h[2].trim(), lines: [] });
    else out.at(-1)?.lines.push(line);
  }
  return out;
}

export type TableRow = { cells: string[]; line: string };

const cellsOf = (line: string) =>
  line
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split('|')
    .map((c) => c.trim());
const isSeparator = (cells: readonly string[]) => cells.every((c) => /^:?-{2,}:?$/.test(c) || c === '') && cells.some((c) => c !== '');

/**
 * Table rows of a section, without header and separator rows. A table is a header row followed by a
 * separator row (`|---|---|`); lines with `|` before its header (prose that happens to hold a `|`) are not
 * part of it. A row may lack its leading `|`.
 */
export function tableRows(lines: readonly string[]): TableRow[][] {
  const tables: TableRow[][] = [];
  let block: string[] = [];
  const flush = () => {
    const separator = block.findIndex((line, i) => i > 0 && isSeparator(cellsOf(line)));
    if (separator > 0) tables.push(block.slice(separator + 1).map((line) => ({ cells: cellsOf(line), line })));
    block = [];
  };
  for (const raw of lines) {
    const line = raw.trim();
    if (!line.includes('|') || line.startsWith('>')) flush();
    else block.push(line);
  }
  flush();
  return tables;
}

export function listItems(lines: readonly string[]): string[] {
  return lines.map((l) => /^\s*[*-]\s+(.+)$/.exec(l)?.[1]?.trim()).filter((x): x is string => Boolean(x));
}

/** `[领取证书](url)` or a bare URL. */
export function cellUrl(cell: string): string | undefined {
  return /\((https?:\/\/[^)\s]+)\)/.exec(cell)?.[1] ?? /^(https?:\/\/\S+)$/.exec(cell)?.[1];
}
