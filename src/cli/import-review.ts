import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { identityDataset, ROLES, type IdentityDecision, type PeopleDataset } from '../features/people/schema.ts';
import { formatIssue, type DatasetIssue } from '../lib/dataset-error.ts';
import type { SourceRecord } from '../lib/sources-schema.ts';
import { baseUrlArgument, datasetText, fail, loadValidData, runIfMain, writeChecked, yearArgument, type ValidData } from './lib/cli.ts';
import { dataDirOf } from './lib/data-dir.ts';
import { mergeEntries, pairChineseNames, type MergeReport } from './lib/people-merge.ts';
import { readCertificatePost, readReview, readStationLeaders, splitPosts, type ReviewRead } from './lib/read-review.ts';
import { countCodeAuthors, readMembershipRequests } from './lib/history.ts';
import { readTsv, relativeLink } from './lib/text.ts';
import { loadWithheld, withholdPeople } from './lib/withheld.ts';

const USAGE = `Usage: npm run data:import -- <post.md> --year <YYYY> [--role <role>] [--source <url>] [--data <dir>] [--dry-run]
       npm run data:import -- --talks <meetup-talks.tsv> --talks-base <url> [--data <dir>] [--dry-run]
       npm run data:import -- --history <sources-dir> [--data <dir>] [--dry-run]

Reads a review or certificate post's people tables and lists, merges them into data/people.json and
prints what it added, merged and flagged. The post's URL comes from --source, from the post's front
matter (url:), or from data/sources.json by the post's title. Running it twice changes nothing.
--year must be within the community's years (data/community.json). The data folder is --data, else
DATA_DIR, else data/. The result is checked as check:data checks it before it is written (atomically).
A git-contributors-by-year.csv beside the post confirms which listed IDs are GitHub logins.
With --role, reads a certificate post that lists one role in yearly batches ("2021 年有 17 位…" + table).
With --talks, gives people their Chinese names where a talk's speaker name reads as their certificate slug.
With --history, reads git-contributors-by-year.csv (commit authors per repository and year; the repositories,
their heads and sources are listed in data/import/repositories.json) and membership-requests.tsv (requests in
the community's issue tracker, source https://github.com/<owner>/community/issues from the repositories' list).`;

type Values = { year?: string; source?: string; role?: string; talks?: string; 'talks-base'?: string; history?: string };

/** --talks: Chinese names from the talks table, whose relative links are relative to --talks-base. */
function importTalks(values: Values, data: ValidData) {
  const talksBase = baseUrlArgument('--talks-base', values['talks-base'], data.sources.sources);
  const speakers = readTsv(values.talks ?? '').flatMap((cells) => {
    const names = (cells[5] ?? '').split(/;\s*/).map((n) => n.replace(/（.*?）/g, '').trim());
    const source = relativeLink(talksBase, cells[3] ?? '');
    return names.filter(Boolean).map((nameZh) => ({ nameZh, source }));
  });
  return pairChineseNames(data.people, speakers);
}

function postUrl(values: Values, title: string, url: string | undefined, sources: readonly SourceRecord[]): string {
  const source = values.source ?? url ?? sources.find((s) => s.title.zh === title || s.title.en === title)?.url;
  if (!source) fail(`Cannot tell the post's URL: pass --source <url> (title "${title}" is not in data/sources.json).`);
  if (!sources.some((s) => s.url === source)) fail(`${source} is not in data/sources.json: add it there first (title, date, publisher).`);
  return source;
}

/** --history: commit authors per year and the membership requests, beside the people. */
function importHistory(dir: string, data: ValidData, dataDir: string) {
  const listFile = resolve(dataDir, 'import', 'repositories.json');
  if (!existsSync(listFile)) fail(`${listFile} is missing: list the repositories (repo, head, headDate, source) first`);
  const parsed: unknown = JSON.parse(readFileSync(listFile, 'utf8'));
  const list: unknown = parsed !== null && typeof parsed === 'object' ? Reflect.get(parsed, 'repositories') : undefined;
  const repositories = (Array.isArray(list) ? list : []).map((r: unknown) => {
    const get = (k: string) => {
      const v: unknown = r !== null && typeof r === 'object' ? Reflect.get(r, k) : undefined;
      if (typeof v !== 'string') fail(`${listFile}: every repository needs a string "${k}"`);
      return v;
    };
    return { repo: get('repo'), head: get('head'), headDate: get('headDate'), source: get('source') };
  });
  const known = new Set(data.sources.sources.map((s) => s.url));
  for (const r of repositories) if (!known.has(r.source)) fail(`${r.source} is not in data/sources.json: add it there first`);
  const csv = resolve(dir, 'git-contributors-by-year.csv');
  const tsv = resolve(dir, 'membership-requests.tsv');
  let codeAuthors;
  try {
    codeAuthors = countCodeAuthors(readFileSync(csv, 'utf8'), repositories, data.community.years);
  } catch (error) {
    fail(`${csv}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const issues = repositories.find((r) => r.repo.endsWith('/community'))?.source.concat('/issues');
  if (!issues || !known.has(issues)) fail(`the issue tracker ${issues ?? '(no <owner>/community repository)'} is not in data/sources.json`);
  const requests = readMembershipRequests(readFileSync(tsv, 'utf8'), issues, data.people);
  for (const row of codeAuthors.perYear)
    if (row.repo === null)
      console.log(`commit authors ${String(row.year)}: ${String(row.authors)} in ${String(repositories.length)} repositories`);
  console.log(
    `membership requests: ${String(requests.length)}, linked to a person by the same ID: ${String(requests.filter((r) => r.personId).length)}`,
  );
  const report: MergeReport = { added: [], merged: [], flagged: [], unchanged: 0, undecided: [] };
  return { data: { ...data.people, codeAuthors, membershipRequests: requests }, report };
}

/** The reviewed identity decisions (data/identity.json), if the community keeps them. */
export function loadDecisions(dataDir: string): IdentityDecision[] {
  const file = resolve(dataDir, 'identity.json');
  if (!existsSync(file)) return [];
  const parsed = identityDataset.safeParse(JSON.parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, '')));
  if (!parsed.success) fail(`data/identity.json: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return parsed.data.decisions;
}

/** A review or certificate post (or a file of several certificate posts, each with its URL): people and stated counts. */
function importPost(file: string, values: Values, data: ValidData, dataDir: string) {
  const year = yearArgument('--year', values.year, data.community.years);
  const role = ROLES.find((r) => r === values.role);
  if (values.role !== undefined && !role) fail(`--role must be one of ${ROLES.join(', ')}, got "${values.role}"`);
  const text = readFileSync(file, 'utf8');
  const parts = role ? [] : splitPosts(text);
  const cities = data.ecosystem.committees.map((c) => c.city.zh);
  const namesZh = data.people.people.flatMap((p) => (p.nameZh ? [p.nameZh] : []));
  let read: ReviewRead;
  if (parts.length > 1) {
    // One file, several certificate posts: each part's heading names its role, its link its URL.
    const reads = parts.map((part) => {
      const source = postUrl({ source: part.url }, '', part.url, data.sources.sources);
      console.log(`post ${source}: ${part.role}`);
      const one = readCertificatePost(part.text, part.role, year, source);
      return { ...one, entries: [...one.entries, ...readStationLeaders(part.text, year, source, cities, namesZh)] };
    });
    read = {
      title: '',
      url: undefined,
      entries: reads.flatMap((r) => r.entries),
      counts: [],
      notes: reads.flatMap((r) => r.notes),
      statements: reads.flatMap((r) => r.statements ?? []),
    };
  } else {
    const probe = readReview(text, year, 'https://example.invalid/');
    const source = postUrl(values, probe.title, probe.url, data.sources.sources);
    if (role) {
      const one = readCertificatePost(text, role, year, source);
      read = { ...one, entries: [...one.entries, ...readStationLeaders(text, year, source, cities, namesZh)] };
    } else read = readReview(text, year, source, cities);
  }
  for (const note of read.notes) console.log(`note: ${note}`);
  for (const st of read.statements ?? [])
    console.log(`stated ${st.role} ${String(st.year)}: ${String(st.value)} (${st.bound}, ${st.scope}) "${st.wording}"`);
  for (const c of read.counts)
    console.log(`${c.role} ${String(c.year)}: stated ${String(c.stated ?? '—')}, listed ${String(c.listed ?? '—')}`);
  const loginsFile = resolve(dirname(file), 'git-contributors-by-year.csv');
  const logins = new Set(
    existsSync(loginsFile)
      ? readFileSync(loginsFile, 'utf8')
          .split('\n')
          .slice(1)
          .map((l) => (l.split(',')[4] ?? '').toLowerCase())
          .filter(Boolean)
      : [],
  );
  return mergeEntries(data.people, read.entries, read.counts, {
    logins,
    decisions: loadDecisions(dataDir),
    ...(read.statements ? { statements: read.statements } : {}),
  });
}

function printReport(report: MergeReport) {
  console.log(
    `added ${String(report.added.length)}, merged ${String(report.merged.length)}, flagged ${String(report.flagged.length)}, already present ${String(report.unchanged)}`,
  );
  for (const line of report.added) console.log(`  + ${line}`);
  for (const line of report.merged) console.log(`  = ${line}`);
  for (const line of report.flagged) console.log(`  ! ${line}`);
  if (report.undecided.length > 0) {
    console.log(`undecided ${String(report.undecided.length)} (kept apart; add a same/different decision to data/identity.json):`);
    for (const line of report.undecided) console.log(`  ? ${line}`);
  }
}

export async function main(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      year: { type: 'string' },
      source: { type: 'string' },
      data: { type: 'string' },
      talks: { type: 'string' },
      'talks-base': { type: 'string' },
      history: { type: 'string' },
      role: { type: 'string' },
      'dry-run': { type: 'boolean' },
      help: { type: 'boolean' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const other = values.talks !== undefined || values.history !== undefined;
  if (positionals.length > (other ? 0 : 1)) fail(`unexpected argument "${positionals.at(-1) ?? ''}" (see --help)`);
  const [file] = positionals;
  if (!other && !file) fail(`a post to read is required (see --help)`);
  const dataDir = dataDirOf(process.cwd(), values.data);
  const data = await loadValidData(dataDir, { withholding: true });
  const result: { data: PeopleDataset; report: MergeReport } = values.history
    ? importHistory(values.history, data, dataDir)
    : values.talks
      ? importTalks(values, data)
      : importPost(file ?? '', values, data, dataDir);
  printReport(result.report);
  // Opt-out requests (data/withheld.json) are applied to every result before it is written.
  const problems: DatasetIssue[] = [];
  const requests = loadWithheld(dataDir, problems);
  if (problems.length > 0) fail(problems.map(formatIssue).join('\n'));
  const withheld = withholdPeople(result.data, requests);
  if (withheld.problems.length > 0) fail(withheld.problems.join('\n'));
  for (const line of withheld.applied) console.log(`withheld at their request: ${line}`);
  const next = datasetText(withheld.data);
  if (values['dry-run']) return;
  if (next === readFileSync(resolve(dataDir, 'people.json'), 'utf8')) {
    console.log('data/people.json unchanged');
    return;
  }
  await writeChecked(dataDir, 'people.json', next);
}

await runIfMain(import.meta, main);
