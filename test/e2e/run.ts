import { existsSync, readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { CHROMIUM } from './harness';

/**
 * Runs the browser tests (node's test runner) against the built app in Debian's Chromium.
 * Without Chromium they are skipped with one line, except in CI, where that is a failure.
 */
if (!existsSync(CHROMIUM)) {
  const line = `Browser tests skipped: no Chromium at ${CHROMIUM}. Install it with: sudo apt-get update && sudo apt-get install -y chromium (or set CHROMIUM_PATH).`;
  if (process.env.CI) {
    console.error(line.replace('skipped', 'cannot run in CI'));
    process.exit(1);
  }
  console.log(line);
  process.exit(0);
}
const dir = import.meta.dirname;
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.e2e.ts'))
  .sort()
  .map((f) => resolve(dir, f));
const only = process.argv.slice(2);
const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=1', ...(only.length ? only : files)], {
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
