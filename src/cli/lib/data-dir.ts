import { lstatSync, readFileSync, realpathSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';

/** The data folder: `DATA_DIR` (relative to `root`) when set, otherwise `data/`. Another community's data builds the same way. */
export function dataDirOf(root: string, override?: string): string {
  return resolve(root, override ?? (process.env.DATA_DIR || 'data'));
}

/**
 * Why `name` may not be read from the data folder, or undefined when it may: it must be a regular file
 * that is not a symbolic link and resolves inside the folder (so the build never publishes
 * `/proc/self/environ` or `/etc/passwd` through a link placed in data/).
 */
export function dataFileProblem(dir: string, name: string): string | undefined {
  const full = join(dir, name);
  let stat;
  try {
    stat = lstatSync(full);
  } catch {
    return 'file is missing';
  }
  if (stat.isSymbolicLink()) return `data/${name} is a symbolic link: only regular files inside the data folder are read and published`;
  if (!stat.isFile()) return `data/${name} is not a regular file`;
  const inside = relative(realpathSync(dir), realpathSync(full));
  if (inside.startsWith('..') || isAbsolute(inside)) return `data/${name} resolves outside the data folder`;
  return undefined;
}

/** Reads a file of the data folder after `dataFileProblem` found none; throws its one-line problem otherwise. */
export function readDataFile(dir: string, name: string): Buffer {
  const problem = dataFileProblem(dir, name);
  if (problem !== undefined) throw new Error(problem === 'file is missing' ? `data/${name} is missing` : problem);
  return readFileSync(join(dir, name));
}

/**
 * Why an SVG may not be published, or undefined: no scripts, no event handlers, no foreign content, no
 * entities, and no references to anything outside the file (only `#fragment` links).
 */
export function svgProblem(text: string): string | undefined {
  if (/<script\b/i.test(text)) return 'contains a <script>';
  if (/<foreignObject\b/i.test(text)) return 'contains a <foreignObject>';
  if (/<!(?:DOCTYPE|ENTITY)\b/i.test(text)) return 'contains a DOCTYPE or ENTITY declaration';
  if (/\son[a-z]+\s*=/i.test(text)) return 'contains an event handler attribute (on…=)';
  if (/\b(?:xlink:)?href\s*=\s*["']?\s*(?!#)/i.test(text)) return 'references something outside the file (href not starting with #)';
  if (/url\(\s*["']?\s*(?!#)/i.test(text) || /@import\b/i.test(text)) return 'references something outside the file (url() or @import)';
  if (/javascript:/i.test(text)) return 'contains a javascript: URL';
  return undefined;
}
