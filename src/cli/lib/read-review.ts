import type { Role, StatedFigure } from '../../features/people/schema.ts';
import { cellUrl, frontMatter, listItems, sections, tableRows, type TableRow } from './markdown.ts';
import { nameProblem } from './names.ts';
import { stripFrontMatter } from './text.ts';
import type { ListedCount, ListedEntry } from './people-merge.ts';

const ROLE_HEADINGS: readonly [RegExp, Role][] = [
  [/ambassador/i, 'ambassador'],
  [/talented speaker|speaker/i, 'speaker'],
  [/contributor|贡献者$/i, 'contributor'],
  [/\bmembers?\b/i, 'member'],
];

/** Words a post uses for a role in its counting sentences ("10 位 Ambassador，15 位 Talented Speaker …"). */
const ROLE_WORDS: Record<Exclude<Role, 'station-leader'>, string> = {
  ambassador: 'Ambassador',
  speaker: 'Talented Speaker',
  contributor: '(?:优秀贡献者|Contributor)',
  member: 'Member',
};

export type ReviewRead = {
  title: string;
  url: string | undefined;
  entries: ListedEntry[];
  counts: ListedCount[];
  notes: string[];
  /** Numbers the post states with their wording (certificate posts). */
  statements?: StatedFigure[];
};

/** The sentence of `text` around `index`, as published (markdown links read as their text). */
export function sentenceAt(text: string, index: number): string {
  const stops = /[。！？\n]/;
  let from = index;
  while (from > 0 && !stops.test(text[from - 1] ?? '')) from -= 1;
  let to = index;
  while (to < text.length && !stops.test(text[to] ?? '')) to += 1;
  return plain(text.slice(from, to));
}

/** A line as published: `Verbatim:` labels, our English notes in parentheses and link targets (`[text](url)`, `（url）`) removed. */
function plain(line: string): string {
  return line
    .replace(/^\s*Verbatim:\s*/, '')
    .replace(/\s*\((?:the|The) [^)]*\)\.?/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\s*[（(]https?:\/\/[^）)\s]*[）)]/g, '')
    .trim();
}

/**
 * The counts a certificate post states about its role, each with its sentence: "共诞生了 76 位" (new, exact),
 * "已有 88 位讲师" and "拥有 200+ 贡献者" (total), "接近 300 人" (total, about). Targets ("希望…挑选出 25 名") and
 * figures that do not count people ("10000+ star") are not counts.
 */
export function readStatements(text: string, role: Role, year: number, source: string): StatedFigure[] {
  const out: StatedFigure[] = [];
  for (const raw of stripFrontMatter(text).split('\n')) {
    if (/^\s*(?:\(|Note|\||#|Source:|-)/.test(raw)) continue;
    for (const sentence of plain(raw).split(/(?<=[。！？])/)) {
      if (/希望|计划/.test(sentence)) continue;
      const m = /(接近|近|逾)?\s*(\d+)\s*(\+)?\s*(?:位|名|人|贡献者|Contributor)/.exec(sentence);
      if (!m?.[2]) continue;
      const total = /已有|拥有|截止到目前|截至目前|已接近/.test(sentence);
      const batch = /(\d{4})\s*年有/.exec(sentence)?.[1];
      out.push({
        role,
        year: batch ? Number(batch) : year,
        value: Number(m[2]),
        bound: m[3] ? 'at-least' : m[1] ? 'about' : 'exact',
        scope: total && !batch ? 'total' : 'new',
        wording: sentence.trim(),
        source,
      });
    }
  }
  return out;
}

/** Collects entries, refusing anything that cannot be a name (a URL, a header word, markup, a sentence) with a note. */
function collector(entries: ListedEntry[], notes: string[]) {
  return (entry: ListedEntry) => {
    const problem = nameProblem(entry.listedAs);
    if (problem === undefined) entries.push({ ...entry, listedAs: entry.listedAs.trim() });
    else notes.push(`skipped "${entry.listedAs.slice(0, 80)}" (${entry.role} ${String(entry.year)}): ${problem}, not a name`);
  };
}

/** A row of a name-and-certificate table: the first cell that is not a link is the name; extra cells are ignored. */
function nameAndCertificate(row: TableRow): { name: string | undefined; certificate: string | undefined } {
  return { name: row.cells.find((c) => c !== '' && cellUrl(c) === undefined), certificate: row.cells.map(cellUrl).find(Boolean) };
}

function roleOf(heading: string): Role | undefined {
  if (/用户委员会|治理/.test(heading)) return undefined;
  return ROLE_HEADINGS.find(([re]) => re.test(heading))?.[1];
}

/**
 * Station leaders a post names in its prose ("由用户委员会杭州站站长尹珉发起"): only names already known in Chinese
 * (`namesZh`, from pairings), because where a name ends in running Chinese text cannot be read otherwise.
 */
export function readStationLeaders(
  text: string,
  year: number,
  source: string,
  cities: readonly string[],
  namesZh: readonly string[],
): ListedEntry[] {
  const out: ListedEntry[] = [];
  const body = stripFrontMatter(text);
  for (const city of cities)
    for (const nameZh of namesZh)
      if (body.includes(`${city}站站长${nameZh}`) && !out.some((e) => e.listedAs === nameZh))
        out.push({ role: 'station-leader', year, listedAs: nameZh, nameZh, source });
  return out;
}

/**
 * A file holding several certificate posts, one a `## ` section whose heading names the role and whose
 * `(https://…)` line gives the post's URL. Fewer than two such sections: not such a file (empty list).
 */
export function splitPosts(text: string): { role: Role; url: string; text: string }[] {
  const out: { role: Role; url: string; text: string }[] = [];
  for (const section of sections(text)) {
    if (section.level !== 2) continue;
    const url = section.lines.map((l) => /^\((https?:\/\/[^)\s]+)\)\s*$/.exec(l.trim())?.[1]).find(Boolean);
    const role = roleOf(section.heading.replace(/\(createTime[^)]*\)/, ''));
    if (url && role) out.push({ role, url, text: section.lines.join('\n') });
  }
  return out.length > 1 ? out : [];
}

/**
 * Reads a certificate post that lists one role in batches ("2021 年有 17 位新的 Talented Speaker：" then a
 * table). Each table's year comes from the sentence before it. A batch is not a year's total, so no counts.
 */
export function readCertificatePost(text: string, role: Role, fallbackYear: number, source: string): ReviewRead {
  const meta = frontMatter(text);
  const entries: ListedEntry[] = [];
  const notes: string[] = [];
  const add = collector(entries, notes);
  let year = fallbackYear;
  let block: string[] = [];
  const flush = () => {
    for (const table of tableRows(block)) {
      for (const row of table) {
        const { name, certificate } = nameAndCertificate(row);
        if (name && certificate) add({ role, year, listedAs: name, certificate, source });
      }
    }
    block = [];
  };
  for (const line of stripFrontMatter(text).split('\n')) {
    const batch = /(\d{4})\s*年有\s*\d+\s*位/.exec(line);
    if (batch?.[1]) {
      flush();
      year = Number(batch[1]);
      continue;
    }
    block.push(line);
  }
  flush();
  // Someone the post counts but lists elsewhere: "共有 10 位（其中 Daniel Hu 的证书已单独颁发过…）".
  for (const m of stripFrontMatter(text).matchAll(/其中\s*(\p{L}[\p{L} .'-]*?)\s*的证书已单独颁发/gu))
    if (m[1]) add({ role, year: fallbackYear, listedAs: m[1], source });
  return {
    title: meta.title ?? '',
    url: meta.url,
    entries,
    counts: [],
    notes,
    statements: readStatements(text, role, fallbackYear, source),
  };
}

/**
 * Reads a review or certificate post: the people it lists under each role, and the counts it states.
 * Station leaders ("- 上海站站长张海立") are read for the cities given (the community's committees).
 */
export function readReview(text: string, year: number, source: string, cities: readonly string[] = []): ReviewRead {
  const meta = frontMatter(text);
  const entries: ListedEntry[] = [];
  const counts: ListedCount[] = [];
  const notes: string[] = [];
  const add = collector(entries, notes);
  const all = sections(text);
  const whole = text;

  for (const section of all) {
    const role = roleOf(section.heading);
    if (!role || role === 'station-leader') continue;
    const body = section.lines.join('\n');
    const before = entries.length;
    for (const table of tableRows(section.lines)) {
      // A table whose rows (at least half) have certificate links lists one person a row; otherwise it is a
      // grid of names, one a cell (a stray link in it is refused as a name, not taken as a certificate).
      const withCertificates =
        table.filter((row) => row.cells.some((c) => cellUrl(c) !== undefined)).length * 2 >= table.length && table.length > 0;
      for (const row of table) {
        if (withCertificates) {
          const { name, certificate } = nameAndCertificate(row);
          if (name) add({ role, year, listedAs: name, source, ...(certificate ? { certificate } : {}) });
        } else {
          for (const cell of row.cells) if (cell) add({ role, year, listedAs: cell, source });
        }
      }
    }
    for (const item of listItems(section.lines)) {
      // Names only: skip links and the excerpt's own annotations ("Notes (ours): …").
      if (/^\[|https?:|[:;,()（）。：]/.test(item) || item.split(/\s+/).length > 4) continue;
      add({ role, year, listedAs: item, source });
    }
    const inline = /——\s*([A-Za-z0-9-]+)（https:\/\/github\.com\/([A-Za-z0-9-]+)）/.exec(body);
    if (inline?.[1] && inline[2]) add({ role, year, listedAs: inline[1], github: inline[2], source });

    const listed = entries.length - before;
    const ownStatement = /\d+\s*位/.test(body);
    if (listed === 0 && !ownStatement) continue;
    const statedMatch = /(?:共|诞生了|新增了|选出了[^，。]*?的)\D{0,12}?(\d+)\s*位/.exec(body);
    const wordMatch = new RegExp(`(\\d+)\\s*位[^，。,\\d]{0,32}?${ROLE_WORDS[role]}`).exec(whole);
    const stated = statedMatch?.[1] ? Number(statedMatch[1]) : wordMatch?.[1] ? Number(wordMatch[1]) : null;
    const wording = statedMatch ? sentenceAt(body, statedMatch.index) : wordMatch ? sentenceAt(whole, wordMatch.index) : undefined;
    counts.push({ role, year, stated, listed: listed > 0 ? listed : null, source, ...(wording ? { wording } : {}) });
    if (listed === 0) notes.push(`${role} ${year}: no names in text (published only as an image?)`);
  }

  // Station leaders: "- 上海站站长张海立", and the number the post thanks ("诚挚感谢 4 位站长").
  let leaders = 0;
  for (const line of text.split('\n')) {
    const m = /^\s*[-*]\s*(\S{2})站站长\s*(\p{Script=Han}{2,4})\s*$/u.exec(line);
    if (m?.[1] && m[2] && cities.includes(m[1])) {
      add({ role: 'station-leader', year, listedAs: m[2], nameZh: m[2], source });
      leaders += 1;
    }
  }
  const leadersStated = /(\d+)\s*位站长/.exec(whole);
  if (leaders > 0 || leadersStated) {
    counts.push({
      role: 'station-leader',
      year,
      stated: leadersStated?.[1] ? Number(leadersStated[1]) : null,
      listed: leaders > 0 ? leaders : null,
      source,
      ...(leadersStated ? { wording: sentenceAt(whole, leadersStated.index) } : {}),
    });
  }

  return { title: meta.title ?? '', url: meta.url, entries, counts, notes };
}
