import { pinyin } from 'pinyin-pro';
import type { Localized } from '../../lib/schema.ts';
import { fold } from '../../features/people/lib/search-keys.ts';
import type { IdentityDecision, PeopleDataset, Person, Role, RoleCount, StatedFigure } from '../../features/people/schema.ts';
import { tr } from './text.ts';

/** One name as a post lists it under a role and year. */
export type ListedEntry = {
  role: Role;
  year: number;
  listedAs: string;
  certificate?: string;
  /** A Chinese name the post itself gives for this entry (e.g. a station leader). */
  nameZh?: string;
  /** A GitHub login the post itself links for this entry. */
  github?: string;
  source: string;
};

export type ListedCount = { role: Role; year: number; stated: number | null; listed: number | null; source: string; wording?: string };

export type MergeReport = {
  added: string[];
  merged: string[];
  flagged: string[];
  unchanged: number;
  /** Candidates the rules could not decide (same name, no evidence): add a decision to data/identity.json. */
  undecided: string[];
};

export type MergeOptions = {
  /** Logins a repository's history knows (lower case). */
  logins?: ReadonlySet<string>;
  /** Reviewed identity decisions (data/identity.json), obeyed before the rules. */
  decisions?: readonly IdentityDecision[];
  /** Numbers the post states with their wording. */
  statements?: readonly StatedFigure[];
};

/** The reviewed decision about this entry, if any. */
export function decisionFor(decisions: readonly IdentityDecision[], entry: ListedEntry): IdentityDecision | undefined {
  return decisions.find(
    (d) => d.listedAs === entry.listedAs && d.role === entry.role && d.year === entry.year && d.source === entry.source,
  );
}

const HAN = /\p{Script=Han}/u;
const ID_LIKE = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;

export function isIdLike(name: string): boolean {
  return ID_LIKE.test(name);
}

/** `…/images/speaker-wangkun-2022.png` and `…/ambassador-2023-wangkun.png` -> `wangkun`. */
export function certificateSlug(url: string): string {
  const file = url.split('/').pop() ?? '';
  return file
    .replace(/\.\w+$/, '')
    .replace(/^(speaker|ambassador|member|contributor)-(\d{4}-)?/i, '')
    .replace(/-\d{4}$/, '')
    .toLowerCase();
}

/**
 * The same certificate file under two spellings of its URL (a bucket served as `bucket.host/images/x.png`
 * and as `host/bucket/images/x.png`, over http or https): compared by its last two path segments.
 */
export function certificateKey(url: string): string {
  return url.toLowerCase().split('/').slice(-2).join('/');
}

/** Pinyin syllables of a Chinese name, surname read as a surname. */
export function pinyinOf(nameZh: string): string[] {
  return pinyin(nameZh, { toneType: 'none', type: 'array', surname: 'head' }).map((s) => s.toLowerCase());
}

/** `Min Yin` -> [`yinmin`, `minyin`]: the name read family-first (as certificate slugs are) and as written. */
export function nameSlugs(name: string): string[] {
  const parts = fold(name).split(' ').filter(Boolean);
  if (parts.length < 2) return [];
  const last = parts.at(-1) ?? '';
  return [last + parts.slice(0, -1).join(''), parts.join('')];
}

export function slugify(text: string): string {
  const folded = HAN.test(text) ? pinyinOf(text).slice(1).join('') + '-' + (pinyinOf(text)[0] ?? '') : fold(text);
  return folded.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'person';
}

function certSlugsOf(person: Person): string[] {
  return person.roles.flatMap((r) => (r.certificate ? [certificateSlug(r.certificate)] : []));
}
function idsOf(person: Person): string[] {
  return [person.github, ...person.roles.map((r) => r.listedAs)].filter((x): x is string => Boolean(x) && isIdLike(x ?? ''));
}

type Match =
  { person: Person; kind: Person['evidence'][number]['kind']; detail: string } | { person: Person; kind: 'repeated-row'; detail: string };

function findMatch(people: Person[], entry: ListedEntry): Match | { flag: string } | undefined {
  const cert = entry.certificate;
  if (cert) {
    const key = certificateKey(cert);
    for (const person of people) {
      const same = person.roles.find((r) => r.certificate && certificateKey(r.certificate) === key);
      if (!same) continue;
      if (same.role === entry.role && same.year === entry.year && same.source === entry.source) {
        return { person, kind: 'repeated-row', detail: `"${entry.listedAs}" is listed twice with the same certificate (${cert})` };
      }
      return {
        person,
        kind: 'same-certificate',
        detail: `the same certificate ${cert} is listed for ${same.role} ${same.year} and ${entry.role} ${entry.year}`,
      };
    }
    const slug = certificateSlug(cert);
    for (const person of people) {
      if (certSlugsOf(person).includes(slug)) {
        return {
          person,
          kind: 'certificate-slug',
          detail: `certificate slug "${slug}" appears on both ${person.roles.find((r) => r.certificate && certificateSlug(r.certificate) === slug)?.certificate ?? ''} and ${cert}`,
        };
      }
    }
    for (const person of people) {
      const id = idsOf(person).find((x) => x.toLowerCase() === slug);
      if (id) return { person, kind: 'github-id-is-slug', detail: `the listed ID "${id}" equals the slug of certificate ${cert}` };
    }
  }
  if (isIdLike(entry.listedAs)) {
    const lower = entry.listedAs.toLowerCase();
    for (const person of people) {
      const id = idsOf(person).find((x) => x.toLowerCase() === lower);
      if (!id) continue;
      if (id === entry.listedAs)
        return { person, kind: 'same-listed-id', detail: `the ID "${id}" is listed again (${entry.role} ${entry.year})` };
      return { person, kind: 'case-only-duplicate', detail: `"${id}" and "${entry.listedAs}" differ only in letter case` };
    }
    for (const person of people) {
      const cert2 = person.roles.find((r) => r.certificate && certificateSlug(r.certificate) === lower)?.certificate;
      if (cert2)
        return { person, kind: 'github-id-is-slug', detail: `the listed ID "${entry.listedAs}" equals the slug of certificate ${cert2}` };
    }
  }
  if (entry.nameZh) {
    const slug = pinyinOf(entry.nameZh).join('');
    const hits = people.filter((p) => p.nameZh === entry.nameZh || certSlugsOf(p).includes(slug));
    if (hits.length === 1 && hits[0]) {
      const person = hits[0];
      if (person.nameZh === entry.nameZh) return { person, kind: 'published-pairing', detail: `the same Chinese name ${entry.nameZh}` };
      const c = person.roles.find((r) => r.certificate && certificateSlug(r.certificate) === slug)?.certificate ?? '';
      return { person, kind: 'pinyin-is-slug', detail: `the pinyin of ${entry.nameZh} is "${slug}", the slug of certificate ${c}` };
    }
    if (hits.length > 1) return { flag: `${entry.nameZh}: pinyin "${slug}" matches ${hits.map((h) => h.id).join(', ')}; not merged` };
  }
  const slugs = nameSlugs(entry.listedAs);
  if (slugs.length > 0) {
    const sameName = people.filter((p) => p.roles.some((r) => fold(r.listedAs) === fold(entry.listedAs)));
    const ownSlug = cert ? certificateSlug(cert) : undefined;
    const supported = sameName.filter((p) => [...certSlugsOf(p), ownSlug].some((s) => s !== undefined && slugs.includes(s)));
    if (supported.length === 1 && supported[0]) {
      const person = supported[0];
      const matched = [...certSlugsOf(person), ownSlug].find((s) => s !== undefined && slugs.includes(s));
      return {
        person,
        kind: 'pinyin-is-slug',
        detail: `the same published name "${entry.listedAs}", read as "${matched}", the slug of its certificate`,
      };
    }
    if (sameName.length > 0) {
      return {
        flag: `"${entry.listedAs}" (${entry.role} ${entry.year}) has the same name as ${sameName.map((p) => p.id).join(', ')} but no certificate or ID links them; kept apart`,
      };
    }
  }
  return undefined;
}

function uniqueId(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n += 1) id = `${base}-${n}`;
  return id;
}

/** Chooses the name to show: a written name (with a space) over an ID, the first seen otherwise. */
function displayName(person: Person): string {
  const names = person.roles.map((r) => r.listedAs).filter((n) => !HAN.test(n));
  return names.find((n) => n.includes(' ')) ?? names[0] ?? person.nameZh ?? person.name;
}

export function searchKeys(person: Person): string[] {
  const keys = new Set<string>();
  const add = (value: string | undefined) => {
    if (value && fold(value)) keys.add(fold(value));
  };
  add(person.name);
  for (const alias of person.aliases) add(alias);
  add(person.github);
  for (const r of person.roles) add(r.listedAs);
  const parts = fold(person.name).split(' ').filter(Boolean);
  if (parts.length >= 2) add([parts.at(-1), ...parts.slice(0, -1)].join(' '));
  if (person.nameZh) {
    add(person.nameZh);
    const py = pinyinOf(person.nameZh);
    add(py.join(' '));
    add(`${py[0] ?? ''} ${py.slice(1).join('')}`);
    add(`${py.slice(1).join('')} ${py[0] ?? ''}`);
  }
  return [...keys];
}

/** Merges a post's listed entries into the people dataset. Running it twice changes nothing. */
export function mergeEntries(
  data: PeopleDataset,
  entries: readonly ListedEntry[],
  counts: readonly ListedCount[],
  options: MergeOptions = {},
): { data: PeopleDataset; report: MergeReport } {
  const { logins = new Set<string>(), decisions = [], statements = [] } = options;
  const people: Person[] = structuredClone(data.people);
  const report: MergeReport = { added: [], merged: [], flagged: [], unchanged: 0, undecided: [] };
  const taken = new Set(people.map((p) => p.id));

  for (const entry of entries) {
    const already = people.find((p) =>
      p.roles.some((r) => r.role === entry.role && r.year === entry.year && r.source === entry.source && r.listedAs === entry.listedAs),
    );
    if (already) {
      report.unchanged += 1;
      continue;
    }
    const decision = decisionFor(decisions, entry);
    const decided = decision?.decision === 'same' ? people.find((p) => p.id === decision.personId) : undefined;
    if (decision?.decision === 'same' && !decided)
      report.flagged.push(`data/identity.json: no person "${decision.personId}" for "${entry.listedAs}"; decision not applied`);
    const match: Match | { flag: string } | undefined =
      decision && decided
        ? { person: decided, kind: 'published-pairing', detail: `reviewed identity decision (data/identity.json): ${decision.reason}` }
        : decision?.decision === 'different'
          ? undefined
          : findMatch(people, entry);
    if (match && 'flag' in match) {
      report.flagged.push(match.flag);
      if (match.flag.includes('kept apart') || match.flag.includes('not merged'))
        report.undecided.push(`${entry.listedAs} | ${entry.role} | ${entry.year} | ${entry.source}`);
    }
    // Keys in the schema's order, as the data is read back: running the import again then changes nothing.
    const role = {
      role: entry.role,
      year: entry.year,
      listedAs: entry.listedAs,
      ...(entry.certificate ? { certificate: entry.certificate } : {}),
      source: entry.source,
    };
    if (match && !('flag' in match)) {
      const { person } = match;
      if (match.kind === 'repeated-row') {
        person.notes.push(
          tr(
            `在 ${entry.year} 年的名单中重复列出`,
            `Listed twice in the ${entry.year} ${entry.role} list (same certificate); counted once`,
          ),
        );
        person.roles.push(role);
        report.flagged.push(`${entry.listedAs}: repeated row in ${entry.role} ${entry.year}, merged`);
        continue;
      }
      const sameRoleYear = person.roles.some((r) => r.role === entry.role && r.year === entry.year);
      person.roles.push(role);
      if (!person.evidence.some((e) => e.detail === match.detail))
        person.evidence.push({
          kind: match.kind,
          detail: match.detail,
          source: decision && decided ? (decision.evidence[0] ?? entry.source) : entry.source,
        });
      if (match.kind === 'case-only-duplicate' && sameRoleYear) {
        person.notes.push(
          tr(
            `${entry.year} 年名单中以仅大小写不同的两种写法列出`,
            `Listed twice in the ${entry.year} ${entry.role} list, spellings differing only in case; counted once`,
          ),
        );
        report.flagged.push(`${entry.listedAs}: case-only duplicate in ${entry.role} ${entry.year}, merged into ${person.id}`);
      }
      if (entry.nameZh && !person.nameZh) person.nameZh = entry.nameZh;
      if (entry.github && !person.github) person.github = entry.github;
      report.merged.push(`${entry.listedAs} (${entry.role} ${entry.year}) -> ${person.id} [${match.kind}]`);
    } else {
      const name = entry.listedAs;
      const id = uniqueId(slugify(name), taken);
      taken.add(id);
      people.push({
        id,
        name,
        ...(entry.nameZh ? { nameZh: entry.nameZh } : {}),
        ...(entry.github ? { github: entry.github } : {}),
        aliases: [],
        roles: [role],
        evidence: [],
        notes: [],
        searchKeys: ['x'],
      });
      report.added.push(`${name} (${entry.role} ${entry.year}) as ${id}`);
    }
  }

  // Rows a post lists twice (same name, same certificate): one person, counted once, with a note.
  const rowKey = (e: { role: string; year: number; listedAs: string; certificate?: string; source: string }) =>
    [e.role, e.year, e.listedAs, e.certificate ?? '', e.source].join('|');
  const seenRows = new Map<string, number>();
  for (const entry of entries) seenRows.set(rowKey(entry), (seenRows.get(rowKey(entry)) ?? 0) + 1);
  for (const [key, times] of seenRows) {
    if (times < 2) continue;
    const person = people.find((p) => p.roles.some((r) => rowKey(r) === key));
    const entry = entries.find((e) => rowKey(e) === key);
    if (!person || !entry) continue;
    person.notes.push(
      tr(
        `在 ${entry.year} 年的名单中重复列出 ${times} 次`,
        `Listed ${times} times in the ${entry.year} ${entry.role} list (same name and certificate); counted once`,
      ),
    );
    report.flagged.push(`${entry.listedAs}: listed ${times} times in ${entry.role} ${entry.year}; one person`);
  }

  for (const person of people) {
    person.name = displayName(person);
    if (!person.github) {
      // A listed ID becomes a GitHub link only where a repository's history knows that login.
      const login = person.roles
        .filter((r) => r.role === 'contributor' || r.role === 'member')
        .map((r) => r.listedAs)
        .find((n) => isIdLike(n) && logins.has(n.toLowerCase()));
      if (login) person.github = login;
    }
    person.aliases = [...new Set(person.roles.map((r) => r.listedAs))].filter((n) => n !== person.name && n !== person.nameZh);
    person.notes = dedupe(person.notes);
    person.searchKeys = searchKeys(person);
    person.roles.sort((a, b) => a.year - b.year || a.role.localeCompare(b.role));
  }

  const allCounts: RoleCount[] = structuredClone(data.counts);
  for (const c of counts) {
    const existing = allCounts.find((x) => x.role === c.role && x.year === c.year);
    if (!existing) {
      allCounts.push({
        role: c.role,
        year: c.year,
        stated: c.stated,
        listedRows: c.listed,
        ...(c.wording && c.stated !== null ? { wording: c.wording } : {}),
        source: c.source,
      });
      continue;
    }
    if (existing.stated === null && c.stated !== null) existing.stated = c.stated;
    if (existing.wording === undefined && c.wording && existing.stated === c.stated && existing.source === c.source) {
      // Keys in the schema's order (as the data is read back), so that a second run changes nothing.
      const { role, year, stated, listedRows, listSource, note, source } = existing;
      allCounts[allCounts.indexOf(existing)] = {
        role,
        year,
        stated,
        listedRows,
        ...(listSource ? { listSource } : {}),
        ...(note ? { note } : {}),
        wording: c.wording,
        source,
      };
    }
    if (existing.listedRows === null && c.listed !== null) {
      existing.listedRows = c.listed;
      if (c.source !== existing.source) existing.listSource = c.source;
    }
  }
  allCounts.sort((a, b) => a.year - b.year || a.role.localeCompare(b.role));
  const allStatements: StatedFigure[] = structuredClone(data.statements ?? []);
  for (const st of statements) {
    if (!allStatements.some((x) => x.source === st.source && x.wording === st.wording && x.value === st.value)) allStatements.push(st);
  }
  return {
    // Everything else the dataset holds (commit authors, membership requests, withheld counts) is kept.
    data: { ...data, people, counts: allCounts, ...(allStatements.length > 0 || data.statements ? { statements: allStatements } : {}) },
    report,
  };
}

function dedupe(notes: Localized[]): Localized[] {
  const seen = new Set<string>();
  return notes.filter((n) => (seen.has(n.en) ? false : (seen.add(n.en), true)));
}

/** Gives people their Chinese names where a talk page's speaker name reads as their certificate slug. */
export function pairChineseNames(
  data: PeopleDataset,
  speakers: readonly { nameZh: string; source: string }[],
): { data: PeopleDataset; report: MergeReport } {
  const people = structuredClone(data.people);
  const report: MergeReport = { added: [], merged: [], flagged: [], unchanged: 0, undecided: [] };
  for (const { nameZh, source } of speakers) {
    if (!HAN.test(nameZh)) continue;
    if (people.some((p) => p.nameZh === nameZh)) {
      report.unchanged += 1;
      continue;
    }
    const slug = pinyinOf(nameZh).join('');
    const hits = people.filter((p) => certSlugsOf(p).includes(slug) && !p.nameZh);
    if (hits.length === 1 && hits[0]) {
      const person = hits[0];
      const cert = person.roles.find((r) => r.certificate && certificateSlug(r.certificate) === slug)?.certificate ?? '';
      person.nameZh = nameZh;
      person.evidence.push({
        kind: 'pinyin-is-slug',
        detail: `the pinyin of ${nameZh} (a speaker on a talk page) is "${slug}", the slug of certificate ${cert}`,
        source,
      });
      person.searchKeys = searchKeys(person);
      report.merged.push(`${nameZh} -> ${person.id}`);
    } else if (hits.length > 1) {
      report.flagged.push(`${nameZh}: pinyin "${slug}" matches ${hits.map((h) => h.id).join(', ')}; not paired`);
    }
  }
  return { data: { ...data, people }, report };
}
