import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DatasetDefinition } from '../lib/dataset.ts';
import { DatasetError, type DatasetIssue } from '../lib/dataset-error.ts';
import { describeIssue, parseJson, validateDataset } from '../lib/validate-dataset.ts';
import { dataFileProblem, svgProblem } from './lib/data-dir.ts';
import type { Registry } from './registry.ts';

type Data<D> = D extends DatasetDefinition<infer T> ? T : never;
/** Every dataset that validated, by its name in the registry. */
export type Loaded = { -readonly [K in keyof Registry]?: Data<Registry[K]> };

export type CheckResult = {
  issues: DatasetIssue[];
  loaded: Loaded;
  /** What the build publishes: the datasets, and the logo and portraits the data references (names inside the data folder). */
  published: string[];
};

export type CheckOptions = {
  /** Text to check in place of a file's (a tool's result before it is written), by file name. */
  replace?: ReadonlyMap<string, string>;
};

type Raw = Map<string, unknown>;

async function load<T>(
  dir: string,
  definition: DatasetDefinition<T>,
  issues: DatasetIssue[],
  raws: Raw,
  options: CheckOptions,
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
    return validateDataset(file, raw, await definition.loadSchema());
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
  const get = <T>(definition: DatasetDefinition<T>) => load(dir, definition, issues, raws, options);
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
  issues.push(...crossCheckRaw(raws, loaded), ...crossCheck(dir, loaded));
  const datasets = Object.values(registry).map((d) => d.file);
  const referenced = [loaded.community?.logo, ...(loaded.people?.people.map((p) => p.avatar) ?? [])].filter(
    (f): f is string => f !== undefined,
  );
  return { issues, loaded, published: [...datasets, ...new Set(referenced)] };
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
