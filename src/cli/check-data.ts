import { parseArgs } from 'node:util';
import { existsSync, statSync } from 'node:fs';
import { formatIssue } from '../lib/dataset-error.ts';
import { statedVsListed } from '../features/people/lib/counts.ts';
import type { PeopleDataset } from '../features/people/schema.ts';
import { checkDataDir } from './check.ts';
import { fail, runIfMain } from './lib/cli.ts';
import { dataDirOf } from './lib/data-dir.ts';
import { DATASETS } from './registry.ts';

const USAGE = `Usage: npm run check:data [-- <data-dir>]

Validates every dataset in the data folder (<data-dir>, else DATA_DIR, else data/), cross-checks them and
prints the stated-vs-listed table; exits 1 on any problem, printing every problem in every file.`;

function printStatedVsListed(people: PeopleDataset) {
  console.log("Stated vs listed, per role and year (stated: the post's number; rows: its list; people: distinct people in data/):");
  console.log(['year', 'role'.padEnd(15), 'stated', 'rows', 'people', ''].join('\t'));
  const show = (n: number | null) => (n === null ? '—' : String(n));
  for (const row of statedVsListed(people)) {
    console.log(
      [
        row.year,
        row.role.padEnd(15),
        show(row.stated),
        show(row.listedRows),
        row.distinct,
        [row.agrees ? '' : 'differs (see note)', row.withheld > 0 ? `${String(row.withheld)} not shown at their request` : '']
          .filter(Boolean)
          .join('; '),
      ].join('\t'),
    );
  }
  console.log('');
  const statements = people.statements ?? [];
  if (statements.length > 0) {
    console.log("Stated in certificate posts (the post's number and kind; rows: its entries for the role; people: distinct):");
    console.log(['year', 'role'.padEnd(15), 'stated', 'rows', 'people', 'post'].join('\t'));
    for (const st of statements) {
      // A batch sentence ("2021 年有 17 位…") counts its year's table only.
      const batch = /\d{4}\s*年有/.test(st.wording);
      const of = (r: { role: string; year: number; source: string }) =>
        r.role === st.role && r.source === st.source && (!batch || r.year === st.year);
      const holders = people.people.filter((p) => p.roles.some(of));
      const rows = people.people.reduce((n, p) => n + p.roles.filter(of).length, 0);
      const value = `${st.bound === 'at-least' ? '≥' : st.bound === 'about' ? '≈' : ''}${String(st.value)}${st.scope === 'total' ? ' all' : ''}`;
      console.log([st.year, st.role.padEnd(15), value, rows, holders.length, st.source].join('\t'));
    }
    console.log('');
  }
  const authors = people.codeAuthors?.perYear.filter((r) => r.repo === null) ?? [];
  if (authors.length > 0) {
    console.log(
      `Commit authors per year in ${String(people.codeAuthors?.repositories.length ?? 0)} repositories (git history; not the stated contributor counts):`,
    );
    console.log(authors.map((r) => `${String(r.year)}: ${String(r.authors)}`).join('\t'));
    console.log('');
  }
}

/** `npm run check:data [dir]`: validates every dataset, cross-checks them, prints every error and the stated-vs-listed table. */
export async function main(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { help: { type: 'boolean' } } });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  if (positionals.length > 1) fail(`expected at most one data folder, got ${String(positionals.length)} (see --help)`);
  const dir = dataDirOf(process.cwd(), positionals[0]);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) fail(`${dir}: no such data folder`);
  const { issues, loaded, published } = await checkDataDir(dir, DATASETS);
  if (loaded.people) printStatedVsListed(loaded.people);
  if (issues.length > 0)
    fail(
      `${String(issues.length)} problem${issues.length === 1 ? '' : 's'} in ${dir}:\n${issues.map((i) => `  ${formatIssue(i)}`).join('\n')}`,
    );
  console.log(`${dir} is valid: ${String(Object.keys(DATASETS).length)} datasets checked, ${String(published.length)} files to publish.`);
}

await runIfMain(import.meta, main);
