import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DatasetDefinition } from '../lib/dataset.ts';
import { DatasetError, type DatasetIssue } from '../lib/dataset-error.ts';
import { describeIssue, parseJson, validateDataset } from '../lib/validate-dataset.ts';
import { identityDataset, type IdentityDecision } from '../features/people/schema.ts';
import { dataFileProblem, svgProblem } from './lib/data-dir.ts';
import { certificateKey, certificateSlug } from './lib/people-merge.ts';
import { loadWithheld, withheldLeaks } from './lib/withheld.ts';
import type { Registry } from './registry.ts';

type Data<D> = D extends DatasetDefinition<infer T> ? T : never;
/** Every dataset that validated, by its name in the registry. */
export type Loaded = { -readonly [K in keyof Registry]?: Data<Registry[K]> };

export type CheckResult = {
  issues: DatasetIssue[];
  loaded: Loaded;
  /** What the build publishes: the datasets, and the logo and portraits the data references (names inside the data folder). */
  published: string[];
  /**
   * The SHA-256 (hex, of the UTF-8 text) of each dataset whose schema accepted it, by file name: the page
   * skips its own validation for exactly these texts (written into the page: src/lib/digests-meta.ts).
   */
  digests: Record<string, string>;
};

export type CheckOptions = {
  /** Text to check in place of a file's (a tool's result before it is written), by file name. */
  replace?: ReadonlyMap<string, string>;
  /**
   * An import tool's check, before and after its step: a source listed in sources.json but not yet cited is
   * what the import is there to cite (Publishing: list the post, then import it), so it is not a problem here.
   */
  importing?: boolean;
  /** The withhold tool's own start: the data may still name people data/withheld.json withholds (it is there to remove them). */
  withholding?: boolean;
};

type Raw = Map<string, unknown>;
type Digests = Record<string, string>;

async function load<T>(
  dir: string,
  definition: DatasetDefinition<T>,
  issues: DatasetIssue[],
  raws: Raw,
  options: CheckOptions,
  digests: Digests,
): Promise<T | undefined> {
  const file = `data/${definition.file}`;
  let text = options.replace?.get(definition.file);
  if (text === undefined) {
    const problem = dataFileProblem(dir, definition.file);
    if (problem !== undefined) {
      issues.push({ file, record: '', field: '', message: problem });
      return undefined;
    }
    text = readFileSync(join(dir, definition.file), 'utf8');
  }
  try {
    const raw = parseJson(file, text);
    raws.set(file, raw);
    const data = validateDataset(file, raw, await definition.loadSchema());
    digests[definition.file] = createHash('sha256').update(text, 'utf8').digest('hex');
    return data;
  } catch (error) {
    if (error instanceof DatasetError) {
      issues.push(...error.issues);
      return undefined;
    }
    throw error;
  }
}

/**
 * Validates every dataset in `dir` and cross-checks them; collects every problem, never stops at the first.
 * Cross-checks that need only the JSON (unique ids, listed sources, known person ids, years) run even on a
 * file with schema errors, so one error does not hide the others.
 */
export async function checkDataDir(dir: string, registry: Registry, options: CheckOptions = {}): Promise<CheckResult> {
  const issues: DatasetIssue[] = [];
  const raws: Raw = new Map();
  const digests: Digests = {};
  const get = <T>(definition: DatasetDefinition<T>) => load(dir, definition, issues, raws, options, digests);
  const loaded: Loaded = {
    community: await get(registry.community),
    sources: await get(registry.sources),
    people: await get(registry.people),
    stars: await get(registry.stars),
    snapshots: await get(registry.snapshots),
    events: await get(registry.events),
    media: await get(registry.media),
    ecosystem: await get(registry.ecosystem),
  };
  const withheld = loadWithheld(dir, issues);
  const decisions = loadIdentity(
    dir,
    issues,
    loaded,
    options.importing === true,
    withheld.map((r) => r.id),
  );
  issues.push(
    ...(options.withholding === true ? [] : withheldLeaks(raws, withheld, loaded.people)),
    ...crossCheckRaw(raws, loaded),
    ...crossCheck(dir, loaded),
    ...completenessCheck(raws, loaded, decisions, options.importing === true),
  );
  const datasets = Object.values(registry).map((d) => d.file);
  const referenced = [loaded.community?.logo, ...(loaded.people?.people.map((p) => p.avatar) ?? [])].filter(
    (f): f is string => f !== undefined,
  );
  return { issues, loaded, published: [...datasets, ...new Set(referenced)], digests };
}

/** Calls `visit` for every key of every object in `value`, with its path. */
function walk(value: unknown, visit: (key: string, value: unknown, path: readonly PropertyKey[]) => void, path: PropertyKey[] = []): void {
  if (Array.isArray(value)) {
    value.forEach((item: unknown, i) => walk(item, visit, [...path, i]));
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      visit(key, item, [...path, key]);
      walk(item, visit, [...path, key]);
    }
  }
}

const stringsAt = (raw: unknown, list: string, key: string): string[] => {
  const items: unknown = raw !== null && typeof raw === 'object' ? Reflect.get(raw, list) : undefined;
  if (!Array.isArray(items)) return [];
  return items.flatMap((item: unknown) => {
    const value: unknown = item !== null && typeof item === 'object' ? Reflect.get(item, key) : undefined;
    return typeof value === 'string' ? [value] : [];
  });
};

/** The checks that need only the parsed JSON of each file. */
function crossCheckRaw(raws: Raw, d: Loaded): DatasetIssue[] {
  const issues: DatasetIssue[] = [];
  const sourcesRaw = raws.get('data/sources.json');
  const known = sourcesRaw === undefined ? undefined : new Set(stringsAt(sourcesRaw, 'sources', 'url'));
  const peopleRaw = raws.get('data/people.json');
  const personIds = peopleRaw === undefined ? undefined : new Set(stringsAt(peopleRaw, 'people', 'id'));
  const years = d.community?.years;
  // Keys that must be unique within their list besides `id`.
  const uniqueBy: Record<string, Record<string, string>> = {
    'data/sources.json': { sources: 'url' },
    'data/stars.json': { projects: 'repo' },
  };

  for (const [file, raw] of raws) {
    const at = (path: readonly PropertyKey[], message: string) => issues.push(describeIssue(file, raw, path, message));
    const unique = (list: unknown, path: readonly PropertyKey[], key: string) => {
      if (!Array.isArray(list)) return;
      const seen = new Map<string, number>();
      list.forEach((item: unknown, i) => {
        const value: unknown = item !== null && typeof item === 'object' ? Reflect.get(item, key) : undefined;
        if (typeof value !== 'string') return;
        const first = seen.get(value);
        if (first === undefined) seen.set(value, i);
        else at([...path, i, key], `${key} "${value}" is used twice (first at [${first}])`);
      });
    };
    for (const [list, key] of Object.entries(uniqueBy[file] ?? {}))
      unique(raw !== null && typeof raw === 'object' ? Reflect.get(raw, list) : undefined, [list], key);
    walk(raw, (key, value, path) => {
      if (Array.isArray(value) && value.some((item: unknown) => item !== null && typeof item === 'object' && 'id' in item))
        unique(value, path, 'id');
      // An evidence's source is the page that shows it (a talk page), not a post listed in sources.json.
      if (
        (key === 'source' || key === 'listSource') &&
        !path.includes('evidence') &&
        typeof value === 'string' &&
        known &&
        file !== 'data/sources.json' &&
        !known.has(value)
      ) {
        at(path, `source ${value} is not listed in data/sources.json`);
      }
      if (key === 'sources' && Array.isArray(value) && known && file !== 'data/sources.json')
        value.forEach((url: unknown, i) => {
          if (typeof url === 'string' && !known.has(url)) at([...path, i], `source ${url} is not listed in data/sources.json`);
        });
      if (key === 'personId' && typeof value === 'string' && personIds && !personIds.has(value))
        at(path, `no person with id "${value}" in data/people.json`);
      if (
        key === 'year' &&
        typeof value === 'number' &&
        years &&
        (value < years.from || value > years.to) &&
        file !== 'data/community.json'
      ) {
        at(path, `year ${value} is outside the community's years ${years.from}-${years.to} (data/community.json)`);
      }
    });
  }
  return issues;
}

/** The checks that need validated data: files the data references, dates within their year, repos known. */
export function crossCheck(dir: string, d: Loaded): DatasetIssue[] {
  const issues: DatasetIssue[] = [];
  const fileCheck = (file: string, record: string, field: string, name: string) => {
    const problem = dataFileProblem(dir, name);
    if (problem === 'file is missing') issues.push({ file, record, field, message: `data/${name} does not exist` });
    else if (problem !== undefined) issues.push({ file, record, field, message: problem });
    else if (name.endsWith('.svg')) {
      const svg = svgProblem(readFileSync(join(dir, name), 'utf8'));
      if (svg !== undefined) issues.push({ file, record, field, message: `data/${name} ${svg}: an SVG may hold only drawing` });
    }
  };
  if (d.community) fileCheck('data/community.json', '', 'logo', d.community.logo);
  d.people?.people.forEach((p, i) => {
    if (p.avatar) fileCheck('data/people.json', `people[${i}] (id "${p.id}")`, 'avatar', p.avatar);
  });
  d.events?.events.forEach((e, i) => {
    if (e.date && Number(e.date.slice(0, 4)) !== e.year) {
      issues.push({
        file: 'data/events.json',
        record: `events[${i}] (id "${e.id}")`,
        field: 'date',
        message: `date ${e.date} is not in year ${e.year}`,
      });
    }
  });
  if (d.stars) {
    const repos = new Set(d.stars.projects.map((p) => p.repo));
    d.stars.points.forEach((p, i) => {
      if (!repos.has(p.repo))
        issues.push({ file: 'data/stars.json', record: `points[${i}]`, field: 'repo', message: `repo ${p.repo} is not in projects` });
    });
  }
  return issues;
}

/** data/identity.json (optional, not published): reviewed same/different decisions; their people and sources must exist. */
function loadIdentity(
  dir: string,
  issues: DatasetIssue[],
  d: Loaded,
  importing: boolean,
  withheldIds: readonly string[],
): IdentityDecision[] {
  const file = 'data/identity.json';
  if (dataFileProblem(dir, 'identity.json') === 'file is missing') return [];
  let raw: unknown;
  try {
    raw = parseJson(file, readFileSync(join(dir, 'identity.json'), 'utf8'));
  } catch (error) {
    if (error instanceof DatasetError) {
      issues.push(...error.issues);
      return [];
    }
    throw error;
  }
  const parsed = identityDataset.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) issues.push(describeIssue(file, raw, issue.path, issue.message));
    return [];
  }
  // A decision may name a person withheld at their request (data/withheld.json): neither file is published.
  const ids = new Set([...(d.people?.people.map((p) => p.id) ?? []), ...withheldIds]);
  const known = new Set(d.sources?.sources.map((s) => s.url));
  parsed.data.decisions.forEach((dec, i) => {
    const record = `decisions[${i}] ("${dec.listedAs}")`;
    // During an import (a fresh replay) the person may not exist yet; check:data requires it.
    if (d.people && !importing && !ids.has(dec.personId))
      issues.push({ file, record, field: 'personId', message: `no person with id "${dec.personId}" in data/people.json` });
    for (const url of [dec.source, ...dec.evidence])
      if (d.sources && !known.has(url))
        issues.push({ file, record, field: 'source', message: `source ${url} is not listed in data/sources.json` });
  });
  return parsed.data.decisions;
}

/** Every value of a `source` or `listSource` key anywhere in the data files except sources.json. */
function citedSources(raws: Raw): Set<string> {
  const cited = new Set<string>();
  for (const [file, raw] of raws) {
    if (file === 'data/sources.json') continue;
    walk(raw, (key, value) => {
      if ((key === 'source' || key === 'listSource' || key === 'sources') && typeof value === 'string') cited.add(value);
      if (key === 'sources' && Array.isArray(value)) for (const v of value) if (typeof v === 'string') cited.add(v);
    });
  }
  return cited;
}

/**
 * Completeness and identity: every listed source is cited by a record (or marked context-only); no two people
 * hold the same certificate or certificate slug unless an identity decision keeps them apart; every talk
 * speaker linked to a person is backed by evidence on that person; every stated count has its wording.
 */
export function completenessCheck(raws: Raw, d: Loaded, decisions: readonly IdentityDecision[] = [], importing = false): DatasetIssue[] {
  const issues: DatasetIssue[] = [];
  if (d.sources && !importing) {
    const cited = citedSources(raws);
    d.sources.sources.forEach((s, i) => {
      if (s.contextOnly === undefined && !cited.has(s.url))
        issues.push({
          file: 'data/sources.json',
          record: `sources[${i}]`,
          field: 'url',
          message: `${s.url} is cited by no record: import its facts, or mark it "contextOnly" with the reason`,
        });
    });
  }
  if (d.people) {
    const apart = new Set(decisions.filter((x) => x.decision === 'different').map((x) => x.personId));
    const byKey = new Map<string, string>();
    const bySlug = new Map<string, string>();
    d.people.people.forEach((p, i) => {
      const record = `people[${i}] (id "${p.id}")`;
      for (const r of p.roles) {
        if (!r.certificate) continue;
        const key = certificateKey(r.certificate);
        const other = byKey.get(key);
        if (other !== undefined && other !== p.id)
          issues.push({
            file: 'data/people.json',
            record,
            field: 'roles',
            message: `certificate ${r.certificate} is also held by "${other}"`,
          });
        else byKey.set(key, p.id);
        const slug = certificateSlug(r.certificate);
        const sameSlug = bySlug.get(slug);
        if (sameSlug !== undefined && sameSlug !== p.id && !apart.has(p.id) && !apart.has(sameSlug))
          issues.push({
            file: 'data/people.json',
            record,
            field: 'roles',
            message: `certificate slug "${slug}" is also on "${sameSlug}": merge them, or record a "different" decision in data/identity.json`,
          });
        else if (sameSlug === undefined) bySlug.set(slug, p.id);
      }
    });
    d.people.counts.forEach((c, i) => {
      if (c.stated !== null && c.wording === undefined)
        issues.push({
          file: 'data/people.json',
          record: `counts[${i}] (${c.role} ${c.year})`,
          field: 'wording',
          message: `stated ${c.stated} has no wording: quote the post's sentence`,
        });
    });
  }
  if (d.events && d.people) {
    const people = new Map(d.people.people.map((p) => [p.id, p]));
    d.events.events.forEach((e, i) => {
      e.talks.forEach((t, j) => {
        t.speakers.forEach((s, k) => {
          if (s.personId === undefined) return;
          const person = people.get(s.personId);
          if (!person) return;
          // A nickname in brackets ("马景贺（小马哥）") is not part of the name the evidence names.
          const name = s.name.replace(/（.*?）|\(.*?\)/g, '').trim();
          const backed = person.roles.some((r) => r.listedAs === name) || person.evidence.some((ev) => ev.detail.includes(name));
          if (!backed)
            issues.push({
              file: 'data/events.json',
              record: `events[${i}] (id "${e.id}")`,
              field: `talks.${j}.speakers.${k}.personId`,
              message: `speaker "${s.name}" is linked to "${s.personId}" without evidence on that person (a certificate, a pairing in a post)`,
            });
        });
      });
    });
  }
  return issues;
}
