import { parseArgs } from 'node:util';
import { formatIssue, type DatasetIssue } from '../lib/dataset-error.ts';
import { datasetText, fail, loadValidData, runIfMain, writeAllChecked } from './lib/cli.ts';
import { dataDirOf } from './lib/data-dir.ts';
import { loadWithheld, withholdEcosystem, withholdEvents, withholdPeople } from './lib/withheld.ts';

const USAGE = `Usage: npx tsx src/cli/withhold.ts [--data <dir>] [--dry-run]

Applies the reviewed opt-out requests in data/withheld.json to every dataset that names people: a hidden
person is removed from people.json (their role-years counted as "not shown at their request"), from talk
speakers and committee leaders (counted there too) and from the membership requests; an id-only person keeps
one record under their ID, with no other name, portrait, certificate, evidence or note. Writes people.json,
events.json and ecosystem.json together, only if the result passes check:data. Running it twice changes nothing.
The import tools apply the same requests to what they write.`;

export async function main(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { data: { type: 'string' }, 'dry-run': { type: 'boolean' }, help: { type: 'boolean' } },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  if (positionals.length > 0) fail(`unexpected argument "${positionals[0] ?? ''}" (see --help)`);
  const dataDir = dataDirOf(process.cwd(), values.data);
  const data = await loadValidData(dataDir, { withholding: true });
  const problems: DatasetIssue[] = [];
  const requests = loadWithheld(dataDir, problems);
  if (problems.length > 0) fail(problems.map(formatIssue).join('\n'));
  const people = withholdPeople(data.people, requests);
  if (people.problems.length > 0) fail(people.problems.join('\n'));
  for (const line of people.applied) console.log(`withheld at their request: ${line}`);
  // A file is written only where a request changes it (a hand-edited file keeps its own key order otherwise).
  const next: [string, unknown, unknown][] = [
    ['people.json', data.people, people.data],
    ['events.json', data.events, withholdEvents(data.events, requests)],
    ['ecosystem.json', data.ecosystem, withholdEcosystem(data.ecosystem, requests)],
  ];
  const changed = new Map(
    next.filter(([, before, after]) => datasetText(before) !== datasetText(after)).map(([file, , after]) => [file, datasetText(after)]),
  );
  console.log(
    `${String(requests.length)} request${requests.length === 1 ? '' : 's'}; ${changed.size === 0 ? 'nothing to change' : `changes ${[...changed.keys()].join(', ')}`}`,
  );
  if (values['dry-run'] || changed.size === 0) return;
  await writeAllChecked(dataDir, changed);
}

await runIfMain(import.meta, main);
