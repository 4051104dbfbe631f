import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatIssue } from '../lib/dataset-error.ts';
import { statedVsListed } from '../features/people/lib/counts.ts';
import { checkDataDir } from './check.ts';

/** `npm run check:data [dir]`: validates every dataset, cross-checks them, prints every error and the stated-vs-listed table. */
function main() {
  const dir = resolve(process.argv[2] ?? fileURLToPath(new URL('../../data', import.meta.url)));
  const { issues, loaded, files } = checkDataDir(dir);
  if (loaded.people) {
    console.log('Stated vs listed, per role and year (stated: the post\'s number; rows: its list; people: distinct people in data/):');
    console.log(['year', 'role'.padEnd(15), 'stated', 'rows', 'people', ''].join('\t'));
    for (const row of statedVsListed(loaded.people)) {
      const show = (n: number | null) => (n === null ? '—' : String(n));
      console.log([row.year, row.role.padEnd(15), show(row.stated), show(row.listedRows), row.distinct, row.agrees ? '' : 'differs (see note)'].join('\t'));
    }
    console.log('');
  }
  if (issues.length > 0) {
    console.error(`${issues.length} problem${issues.length === 1 ? '' : 's'} in data/:`);
    for (const issue of issues) console.error(`  ${formatIssue(issue)}`);
    process.exitCode = 1;
    return;
  }
  console.log(`data/ is valid: ${files.length} datasets checked (${dir}).`);
}

main();
