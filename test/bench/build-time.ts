import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { ROOT } from '../e2e/harness.ts';

/**
 * The build's caches (share cards, prerendered pages, anything a tool keeps in node_modules/.cache). A cold
 * build moves the folder aside, never deletes it: afterwards every entry the cold build did not write
 * again is moved back (entries are keyed by their content, so either copy is right).
 */
const CACHE = resolve(ROOT, 'node_modules/.cache');
const ASIDE = `${CACHE}-bench-`;

function mergeInto(from: string, to: string) {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = join(from, entry.name);
    const target = join(to, entry.name);
    if (entry.isDirectory()) mergeInto(source, target);
    else if (!existsSync(target)) renameSync(source, target);
  }
}

function restore(saved: string) {
  mergeInto(saved, CACHE);
  rmSync(saved, { recursive: true, force: true });
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** A cache set aside by a bench that was stopped before it could put it back (its process is gone). */
function restoreLeftovers() {
  const parent = dirname(CACHE);
  for (const name of readdirSync(parent)) {
    const full = join(parent, name);
    if (!full.startsWith(ASIDE)) continue;
    const pid = Number(full.slice(ASIDE.length));
    if (!alive(pid)) restore(full);
  }
}

/** `npm run build`, timed (s), with its plugins' one-line notes (pages and cards drawn) kept for the report. */
function timedBuild(): Promise<{ seconds: number; notes: string[] }> {
  const started = performance.now();
  return new Promise((done, fail) => {
    const child = spawn('npm', ['run', 'build'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('error', fail);
    child.on('close', (status) => {
      if (status !== 0) return fail(new Error(`npm run build failed:\n${out}`));
      const notes = out
        .split('\n')
        .filter((line) => /\[plugin [\w-]+\]/.test(line))
        .map((line) => line.replace(/\[plugin [\w-]+\]\s*/, '').trim());
      done({ seconds: (performance.now() - started) / 1000, notes });
    });
  });
}

export type BuildTimes = { coldS: number; warmS: number; coldNotes: string[]; warmNotes: string[] };

/**
 * `npm run build` twice: first with every build cache set aside (every share card drawn from scratch),
 * then again with nothing changed. Leaves a fresh dist/ for the other sections.
 */
export async function buildSection(failures: string[], budget: { coldS: number; warmS: number }): Promise<BuildTimes> {
  restoreLeftovers();
  const saved = `${ASIDE}${String(process.pid)}`;
  const putBack = () => {
    if (existsSync(saved)) restore(saved);
  };
  const onSignal = () => {
    putBack();
    process.exit(130);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  let cold: Awaited<ReturnType<typeof timedBuild>>;
  try {
    if (existsSync(CACHE)) renameSync(CACHE, saved);
    cold = await timedBuild();
  } catch (error) {
    putBack();
    throw error;
  }
  let warm: Awaited<ReturnType<typeof timedBuild>>;
  try {
    warm = await timedBuild();
  } finally {
    putBack();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
  console.log('\n`npm run build` (s, wall clock):');
  console.log(`  every cache set aside: ${cold.seconds.toFixed(1)} (budget ${String(budget.coldS)})  ${cold.notes.join('; ')}`);
  console.log(`  nothing changed:       ${warm.seconds.toFixed(1)} (budget ${String(budget.warmS)})  ${warm.notes.join('; ')}`);
  if (cold.seconds > budget.coldS)
    failures.push(`a build from scratch takes ${cold.seconds.toFixed(0)} s (budget ${String(budget.coldS)})`);
  if (warm.seconds > budget.warmS)
    failures.push(`a build with nothing changed takes ${warm.seconds.toFixed(0)} s (budget ${String(budget.warmS)})`);
  return { coldS: cold.seconds, warmS: warm.seconds, coldNotes: cold.notes, warmNotes: warm.notes };
}
