import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { peopleDataset, ROLES } from '../features/people/schema.ts';
import { sourcesDataset } from '../lib/sources-schema.ts';
import { formatIssue, DatasetError } from '../lib/dataset-error.ts';
import { parseDataset } from '../lib/validate-dataset.ts';
import { mergeEntries, pairChineseNames } from './lib/people-merge.ts';
import { readCertificatePost, readReview } from './lib/read-review.ts';

const USAGE = `Usage: npm run data:import -- <post.md> --year <YYYY> [--role <role>] [--source <url>] [--data <dir>] [--dry-run]
       npm run data:import -- --talks <meetup-talks.tsv> --talks-base <url> [--data <dir>]

Reads a review or certificate post's people tables and lists, merges them into data/people.json and
prints what it added, merged and flagged. The post's URL comes from --source, from the post's front
matter (url:), or from data/sources.json by the post's title. Running it twice changes nothing.
A git-contributors-by-year.csv beside the post confirms which listed IDs are GitHub logins.
With --role, reads a certificate post that lists one role in yearly batches ("2021 年有 17 位…" + table).
With --talks, gives people their Chinese names where a talk's speaker name reads as their certificate slug.`;

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      year: { type: 'string' },
      source: { type: 'string' },
      data: { type: 'string' },
      talks: { type: 'string' },
      'talks-base': { type: 'string' },
      role: { type: 'string' },
      'dry-run': { type: 'boolean' },
      help: { type: 'boolean' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const dataDir = resolve(values.data ?? fileURLToPath(new URL('../../data', import.meta.url)));
  const peoplePath = resolve(dataDir, 'people.json');
  const load = () => {
    try {
      return {
        people: parseDataset('data/people.json', readFileSync(peoplePath, 'utf8'), peopleDataset),
        sources: parseDataset('data/sources.json', readFileSync(resolve(dataDir, 'sources.json'), 'utf8'), sourcesDataset),
      };
    } catch (error) {
      if (error instanceof DatasetError) fail(error.issues.map(formatIssue).join('\n'));
      throw error;
    }
  };
  const { people, sources } = load();

  let result;
  if (values.talks) {
    const talksBase = values['talks-base'];
    if (!talksBase) fail('--talks needs --talks-base <url>: the page its relative talk links are relative to.');
    const rows = readFileSync(values.talks, 'utf8').split('\n').slice(1).filter(Boolean).map((l) => l.split('\t'));
    const speakers = rows.flatMap((cells) => {
      const names = (cells[5] ?? '').split(/;\s*/).map((n) => n.replace(/（.*?）/g, '').trim());
      const link = `${talksBase}${(cells[3] ?? '').replace(/^\.\//, '')}`;
      return names.map((nameZh) => ({ nameZh, source: link }));
    });
    result = pairChineseNames(people, speakers);
  } else {
    const [file] = positionals;
    if (!file || !values.year || !/^\d{4}$/.test(values.year)) fail(USAGE);
    const text = readFileSync(file, 'utf8');
    const year = Number(values.year);
    const probe = readReview(text, year, 'https://example.invalid/');
    const source = values.source ?? probe.url ?? sources.sources.find((s) => s.title.zh === probe.title || s.title.en === probe.title)?.url;
    if (!source) fail(`Cannot tell the post's URL: pass --source <url> (title "${probe.title}" is not in data/sources.json).`);
    if (!sources.sources.some((s) => s.url === source)) fail(`${source} is not in data/sources.json: add it there first (title, date, publisher).`);
    const role = ROLES.find((r) => r === values.role);
    if (values.role && !role) fail(`--role must be one of ${ROLES.join(', ')}`);
    const read = role ? readCertificatePost(text, role, year, source) : readReview(text, year, source);
    for (const note of read.notes) console.log(`note: ${note}`);
    for (const c of read.counts) console.log(`${c.role} ${c.year}: stated ${c.stated ?? '—'}, listed ${c.listed ?? '—'}`);
    const loginsFile = resolve(dirname(file), 'git-contributors-by-year.csv');
    const logins = new Set(
      existsSync(loginsFile)
        ? readFileSync(loginsFile, 'utf8').split('\n').slice(1).map((l) => (l.split(',')[4] ?? '').toLowerCase()).filter(Boolean)
        : [],
    );
    result = mergeEntries(people, read.entries, read.counts, logins);
  }

  const { report } = result;
  console.log(`added ${report.added.length}, merged ${report.merged.length}, flagged ${report.flagged.length}, already present ${report.unchanged}`);
  for (const line of report.added) console.log(`  + ${line}`);
  for (const line of report.merged) console.log(`  = ${line}`);
  for (const line of report.flagged) console.log(`  ! ${line}`);

  const checked = peopleDataset.safeParse(result.data);
  if (!checked.success) fail(`The merged data would be invalid:\n${checked.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n')}`);
  const next = `${JSON.stringify(result.data, null, 1)}\n`;
  if (values['dry-run']) return;
  if (next !== readFileSync(peoplePath, 'utf8')) writeFileSync(peoplePath, next);
  else console.log('data/people.json unchanged');
}

main();
