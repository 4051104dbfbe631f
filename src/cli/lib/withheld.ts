import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DatasetError, type DatasetIssue } from '../../lib/dataset-error.ts';
import { describeIssue, parseJson } from '../../lib/validate-dataset.ts';
import { fold } from '../../features/people/lib/search-keys.ts';
import type { EcosystemDataset } from '../../features/community/schema.ts';
import type { EventsDataset } from '../../features/events/schema.ts';
import {
  ROLES,
  withheldDataset,
  type PeopleDataset,
  type Person,
  type WithheldCount,
  type WithheldRequest,
} from '../../features/people/schema.ts';

/*
 * Opt-out (data/withheld.json, never published): a person listed by ID only, or not at all. The import tools
 * apply the requests to every dataset that names people before they write it; check:data fails if a
 * published dataset still names a withheld person anywhere (a name, a spelling, the old id, a certificate
 * file named after them).
 */

const FILE = 'data/withheld.json';

/** The reviewed opt-out requests; problems (schema, unknown roles) go to `issues`. A missing file is no request. */
export function loadWithheld(dir: string, issues: DatasetIssue[]): WithheldRequest[] {
  const path = join(dir, 'withheld.json');
  if (!existsSync(path)) return [];
  let raw: unknown;
  try {
    raw = parseJson(FILE, readFileSync(path, 'utf8'));
  } catch (error) {
    if (error instanceof DatasetError) {
      issues.push(...error.issues);
      return [];
    }
    throw error;
  }
  const parsed = withheldDataset.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) issues.push(describeIssue(FILE, raw, issue.path, issue.message));
    return [];
  }
  const seen = new Set<string>();
  parsed.data.requests.forEach((r, i) => {
    const record = `requests[${i}] (id "${r.id}")`;
    if (seen.has(r.id)) issues.push({ file: FILE, record, field: 'id', message: `id "${r.id}" has two requests` });
    seen.add(r.id);
    if (r.shownAs !== undefined && r.names.some((n) => fold(n) === fold(r.shownAs ?? '')))
      issues.push({ file: FILE, record, field: 'names', message: `shownAs "${r.shownAs}" is the ID to show, not a name to withhold` });
  });
  return parsed.data.requests;
}

/** The record id an id-only person is published under: their ID in lower case. */
export function shownId(request: WithheldRequest): string | undefined {
  return request.mode === 'id-only' && request.shownAs ? request.shownAs.toLowerCase() : undefined;
}

const bare = (name: string) => fold(name.replace(/（.*?）|\(.*?\)/g, ''));

/** Whether a name as published (a talk speaker, a committee leader) is one of the request's names. */
function namedBy(request: WithheldRequest, name: string): boolean {
  const n = bare(name);
  return n !== '' && request.names.some((x) => bare(x) === n);
}

/** People not shown at their request, per role and year: from the hidden requests' roles, each person once. */
export function withheldCounts(requests: readonly WithheldRequest[]): WithheldCount[] {
  const counts = new Map<string, WithheldCount>();
  for (const r of requests) {
    if (r.mode !== 'hidden') continue;
    for (const key of new Set(r.roles.map((x) => `${x.role}:${String(x.year)}`))) {
      const [role, year] = key.split(':');
      const known = ROLES.find((x) => x === role);
      if (!known) continue;
      const count = counts.get(key) ?? { role: known, year: Number(year), people: 0 };
      count.people += 1;
      counts.set(key, count);
    }
  }
  return [...counts.values()].sort((a, b) => a.year - b.year || ROLES.indexOf(a.role) - ROLES.indexOf(b.role));
}

/** The one record an id-only person keeps: their ID, their roles (without certificates), nothing else. */
function idOnlyPerson(request: WithheldRequest, records: readonly Person[]): Person {
  const shownAs = request.shownAs ?? '';
  const roles = new Map<string, Person['roles'][number]>();
  for (const r of records.flatMap((p) => p.roles)) {
    const key = `${r.role}|${String(r.year)}|${r.source}`;
    if (!roles.has(key)) roles.set(key, { role: r.role, year: r.year, listedAs: shownAs, source: r.source });
  }
  const github = records.some((p) => p.github !== undefined && p.github.toLowerCase() === shownAs.toLowerCase());
  return {
    id: shownAs.toLowerCase(),
    name: shownAs,
    ...(github ? { github: shownAs } : {}),
    aliases: [],
    roles: [...roles.values()].sort((a, b) => a.year - b.year || a.role.localeCompare(b.role)),
    evidence: [],
    notes: [],
    searchKeys: [fold(shownAs)],
    listing: 'id-only',
  };
}

/**
 * Applies the requests to the people dataset: a hidden person's record (and their membership requests) is
 * removed and their role-years counted in `withheld`; an id-only person's records become one record under
 * their ID. Fails (returns problems) where a hidden person holds a role-year their request does not list, so
 * that the counts stay true. Running it twice changes nothing.
 */
export function withholdPeople(
  data: PeopleDataset,
  requests: readonly WithheldRequest[],
): { data: PeopleDataset; problems: string[]; applied: string[] } {
  const problems: string[] = [];
  const applied: string[] = [];
  let people = [...data.people];
  let membership = data.membershipRequests ? [...data.membershipRequests] : undefined;
  for (const request of requests) {
    const newId = shownId(request);
    const records = people.filter((p) => p.id === request.id || (newId !== undefined && p.id === newId));
    if (request.mode === 'hidden') {
      for (const p of records)
        for (const r of p.roles)
          if (!request.roles.some((x) => x.role === r.role && x.year === r.year))
            problems.push(`data/withheld.json: "${request.id}" is listed as ${r.role} ${String(r.year)}; add it to the request's roles`);
      people = people.filter((p) => !records.includes(p));
      membership = membership?.filter((m) => m.personId !== request.id && !namedBy(request, m.login) && !namedBy(request, m.openedBy));
      if (records.length > 0) applied.push(`hidden: ${request.id}`);
      continue;
    }
    if (records.length === 0 || !newId) continue;
    if (records.some((p) => p.listing !== 'id-only' || p.id !== newId)) applied.push(`id-only: ${request.id} as ${newId}`);
    const person = idOnlyPerson(request, records);
    const at = people.indexOf(records[0] ?? person);
    people = people.filter((p) => !records.includes(p));
    people.splice(Math.max(0, Math.min(at, people.length)), 0, person);
    membership = membership?.map((m) => (m.personId === request.id ? { ...m, personId: newId } : m));
  }
  const withheld = withheldCounts(requests);
  const { statements, codeAuthors } = data;
  return {
    data: {
      people,
      counts: data.counts,
      ...(statements ? { statements } : {}),
      ...(codeAuthors ? { codeAuthors } : {}),
      ...(membership ? { membershipRequests: membership } : {}),
      ...(withheld.length > 0 ? { withheld } : {}),
    },
    problems,
    applied,
  };
}

/** Talk speakers: a hidden speaker is removed and counted on the talk; an id-only speaker is shown by their ID. */
export function withholdEvents(data: EventsDataset, requests: readonly WithheldRequest[]): EventsDataset {
  const events = data.events.map((event) => ({
    ...event,
    talks: event.talks.map((talk) => {
      let hidden = 0;
      const speakers = talk.speakers.flatMap((s) => {
        const request = requests.find(
          (r) => s.personId === r.id || (s.personId !== undefined && s.personId === shownId(r)) || namedBy(r, s.name),
        );
        if (!request) return [s];
        if (request.mode === 'hidden') {
          hidden += 1;
          return [];
        }
        return [{ name: request.shownAs ?? '', personId: shownId(request) ?? '' }];
      });
      const withheldSpeakers = (talk.withheldSpeakers ?? 0) + hidden;
      return { ...talk, speakers, ...(withheldSpeakers > 0 ? { withheldSpeakers } : {}) };
    }),
  }));
  return { ...data, events };
}

/** Committee leaders: a hidden leader is removed and counted per year; an id-only leader is shown by their ID. */
export function withholdEcosystem(data: EcosystemDataset, requests: readonly WithheldRequest[]): EcosystemDataset {
  const committees = data.committees.map((c) => {
    const counts = new Map((c.withheldLeaders ?? []).map((w) => [w.year, w.count]));
    const leaders = c.leaders.flatMap((leader) => {
      const request = requests.find(
        (r) =>
          leader.personId === r.id ||
          (leader.personId !== undefined && leader.personId === shownId(r)) ||
          namedBy(r, leader.name.zh) ||
          namedBy(r, leader.name.en),
      );
      if (!request) return [leader];
      if (request.mode === 'hidden') {
        counts.set(leader.year, (counts.get(leader.year) ?? 0) + 1);
        return [];
      }
      const shown = request.shownAs ?? '';
      return [{ ...leader, name: { zh: shown, en: shown }, personId: shownId(request) ?? '' }];
    });
    const withheldLeaders = [...counts].sort(([a], [b]) => a - b).map(([year, count]) => ({ year, count }));
    return { ...c, leaders, ...(withheldLeaders.length > 0 ? { withheldLeaders } : {}) };
  });
  return { ...data, committees };
}

const HAN = /\p{Script=Han}/u;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The words a published dataset must not contain for this request: every name, and the old id where it is not the shown one. */
function forbidden(request: WithheldRequest): RegExp[] {
  const words = [...request.names, ...(shownId(request) === request.id ? [] : [request.id])];
  return [...new Set(words.map((w) => fold(w)).filter((w) => w.length >= 2))].map((w) =>
    HAN.test(w)
      ? new RegExp(escape(w), 'u')
      : new RegExp(`(?:^|[^\\p{L}\\p{N}])${escape(w).replace(/[ -]+/g, '[\\s_.-]*')}(?:$|[^\\p{L}\\p{N}])`, 'u'),
  );
}

function strings(value: unknown, path: (string | number)[], visit: (text: string, path: readonly (string | number)[]) => void): void {
  if (typeof value === 'string') visit(value, path);
  else if (Array.isArray(value)) value.forEach((item: unknown, i) => strings(item, [...path, i], visit));
  else if (value !== null && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) {
      // An object key is data too (a person's id as a key).
      visit(key, path);
      strings(item, [...path, key], visit);
    }
}

/**
 * check:data: no published dataset names a withheld person (any string anywhere: names, notes, evidence,
 * certificate URLs, speakers, leaders, logins), and the people dataset's `withheld` counts are the requests'.
 */
export function withheldLeaks(
  raws: ReadonlyMap<string, unknown>,
  requests: readonly WithheldRequest[],
  people: PeopleDataset | undefined,
): DatasetIssue[] {
  const issues: DatasetIssue[] = [];
  const patterns = requests.map((r) => ({ r, res: forbidden(r) }));
  for (const [file, raw] of raws) {
    strings(raw, [], (text, path) => {
      const folded = fold(text);
      for (const { r, res } of patterns) {
        if (!res.some((re) => re.test(folded))) continue;
        const shown = describeIssue(file, raw, path, '');
        issues.push({
          ...shown,
          message: `names a person withheld at their request (data/withheld.json, id "${r.id}", ${r.mode}): apply the requests (npx tsx src/cli/withhold.ts), or remove it by hand`,
        });
      }
    });
  }
  if (people) {
    const expected = JSON.stringify(withheldCounts(requests));
    const actual = JSON.stringify(people.withheld ?? []);
    if (expected !== actual)
      issues.push({
        file: 'data/people.json',
        record: '',
        field: 'withheld',
        message: `must be the hidden requests' role-years in data/withheld.json, ${expected}, got ${actual}`,
      });
    for (const r of requests) {
      const id = shownId(r);
      if (id && people.people.some((p) => p.id === id && p.listing !== 'id-only'))
        issues.push({
          file: 'data/people.json',
          record: `id "${id}"`,
          field: 'listing',
          message: `must be "id-only" (data/withheld.json, id "${r.id}")`,
        });
    }
  }
  return issues;
}
