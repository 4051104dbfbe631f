import { realpathSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { DatasetError, formatIssue, type DatasetIssue } from '../../lib/dataset-error.ts';
import { checkDataDir, type Loaded } from '../check.ts';
import { DATASETS } from '../registry.ts';

/** A problem the user can fix, said in their terms (one line, or a block of data issues). */
export class CliError extends Error {
  override readonly name = 'CliError';
}

export function fail(message: string): never {
  throw new CliError(message);
}

const FS_PROBLEMS: Record<string, string> = {
  ENOENT: 'no such file or directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a directory, expected a file',
  ENOTDIR: 'is not a directory',
  ELOOP: 'too many symbolic links',
};

/** Any error as the user should read it: data issues as `file: record …, field …: message` lines, anything else as one line. */
export function describeError(error: unknown): string {
  if (error instanceof DatasetError) return error.issues.map(formatIssue).join('\n');
  if (!(error instanceof Error)) return String(error);
  const code: unknown = Reflect.get(error, 'code');
  const path: unknown = Reflect.get(error, 'path');
  if (typeof code === 'string' && typeof path === 'string' && FS_PROBLEMS[code]) return `${path}: ${FS_PROBLEMS[code]}`;
  if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')) return `${error.message.split(/\.\s/)[0] ?? ''} (see --help)`;
  return error instanceof CliError ? error.message : `error: ${error.message.split('\n')[0] ?? ''}`;
}

type Main = (argv: string[]) => Promise<void>;

/** Runs a CLI's main with its arguments: every failure prints what is wrong (never a stack trace); returns the exit code. */
export async function runCli(main: Main, argv: readonly string[]): Promise<number> {
  try {
    await main([...argv]);
    return 0;
  } catch (error) {
    console.error(describeError(error));
    return 1;
  }
}

/** The bottom line of every CLI: when the file is the program (not imported by a test), run `main` on the command line. */
export async function runIfMain(meta: ImportMeta, main: Main): Promise<void> {
  const program = process.argv[1];
  if (program !== undefined && meta.filename === realpathSync(program)) process.exitCode = await runCli(main, process.argv.slice(2));
}

/** Writes a file whole or not at all: a temporary file beside it, then a rename. */
export function writeAtomic(path: string, text: string): void {
  const temporary = `${path}.${String(process.pid)}.tmp`;
  try {
    writeFileSync(temporary, text);
    renameSync(temporary, path);
  } finally {
    rmSync(temporary, { force: true });
  }
}

function issuesBlock(title: string, issues: readonly DatasetIssue[]): string {
  return `${title}\n${issues.map((i) => `  ${formatIssue(i)}`).join('\n')}`;
}

export type ValidData = { [K in keyof Loaded]-?: NonNullable<Loaded[K]> };

/**
 * Loads and checks the data folder as `check:data` does; a tool refuses to start from data with problems.
 * `withholding`: a tool that applies data/withheld.json to what it writes may start from data that still
 * names a withheld person (a request just added); its result is checked in full before it is written.
 */
export async function loadValidData(dataDir: string, options: { withholding?: boolean } = {}): Promise<ValidData> {
  const { issues, loaded: d } = await checkDataDir(dataDir, DATASETS, { importing: true, ...options });
  if (issues.length > 0) fail(issuesBlock(`${dataDir} has problems (npm run check:data); fix them first:`, issues));
  const { community, sources, people, stars, snapshots, events, media, ecosystem } = d;
  if (!community || !sources || !people || !stars || !snapshots || !events || !media || !ecosystem)
    fail(`${dataDir}: a dataset did not load`);
  return { community, sources, people, stars, snapshots, events, media, ecosystem };
}

/** A `--year` value: four digits, within the community's years (a year outside them would fail check:data). */
export function yearArgument(flag: string, value: string | undefined, years: { from: number; to: number }): number {
  if (value === undefined || !/^\d{4}$/.test(value))
    fail(`${flag} needs a year YYYY, got ${value === undefined ? 'nothing' : `"${value}"`} (see --help)`);
  const year = Number(value);
  if (year < years.from || year > years.to) {
    fail(
      `${flag} ${value} is outside the community's years ${String(years.from)}-${String(years.to)}: extend "years" in data/community.json first`,
    );
  }
  return year;
}

/**
 * A base URL that relative links are resolved against: http(s), ending with `/` (or `./x/` would be glued
 * to its last segment), on the host of a post listed in data/sources.json.
 */
export function baseUrlArgument(flag: string, value: string | undefined, sources: readonly { url: string }[]): string {
  if (value === undefined) fail(`${flag} <url> is required (see --help)`);
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return fail(`${flag} must be an http(s) URL, got "${value}"`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') fail(`${flag} must be an http(s) URL, got "${value}"`);
  if (!value.endsWith('/')) fail(`${flag} must end with "/" (links are relative to it), got "${value}"`);
  const hosts = new Set(sources.map((s) => new URL(s.url).host));
  if (!hosts.has(url.host)) fail(`${flag} is on ${url.host}, which no post in data/sources.json is on (${[...hosts].join(', ')})`);
  return value;
}

/**
 * Writes `data/<file>` only if the data folder, with this text in place of the file, passes every check
 * of `check:data`; otherwise nothing is written and the problems are the error.
 */
export async function writeChecked(dataDir: string, file: string, text: string): Promise<void> {
  await writeAllChecked(dataDir, new Map([[file, text]]));
}

/** Writes several files of `data/` only if, all in place together, they pass every check; otherwise none is written. */
export async function writeAllChecked(dataDir: string, files: ReadonlyMap<string, string>): Promise<void> {
  const { issues } = await checkDataDir(dataDir, DATASETS, { replace: files, importing: true });
  const names = [...files.keys()].map((f) => `data/${f}`).join(', ');
  if (issues.length > 0) fail(issuesBlock(`The result would be invalid; ${names} ${files.size === 1 ? 'is' : 'are'} unchanged:`, issues));
  for (const [file, text] of files) writeAtomic(`${dataDir}/${file}`, text);
}

/** The JSON text the tools write (one space of indent, a final newline), so re-running changes nothing. */
export function datasetText(data: unknown): string {
  return `${JSON.stringify(data, null, 1)}\n`;
}
