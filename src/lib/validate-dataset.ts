import type * as z from 'zod/mini';
import { DatasetError, type DatasetIssue } from './dataset-error.ts';

type PathKey = PropertyKey;

/**
 * Validates parsed JSON against a schema. Never throws anything but a DatasetError:
 * each issue names the file, the record (the first array element on its path, with its id
 * when it has one) and the field inside that record.
 */
export function validateDataset<S extends z.ZodMiniType>(file: string, raw: unknown, schema: S): z.output<S> {
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => describeIssue(file, raw, issue.path, issue.message));
  throw new DatasetError(file, 'schema', issues);
}

/** Parses JSON text and validates it; a truncated or malformed file becomes a `parse` DatasetError. */
export function parseDataset<S extends z.ZodMiniType>(file: string, text: string, schema: S): z.output<S> {
  return validateDataset(file, parseJson(file, text), schema);
}

/** JSON text to a value; a leading UTF-8 byte order mark (as some editors save) is accepted. */
export function parseJson(file: string, text: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new DatasetError(file, 'parse', [
      { file, record: '', field: '', message: `not valid JSON (${text.length === 0 ? 'empty file' : detail})` },
    ]);
  }
}

export function describeIssue(file: string, raw: unknown, path: readonly PathKey[], message: string): DatasetIssue {
  const index = path.findIndex((key) => typeof key === 'number');
  if (index < 0) {
    return { file, record: '', field: path.map(String).join('.'), message };
  }
  const recordPath = path.slice(0, index + 1);
  return {
    file,
    record: recordLabel(recordPath, readId(raw, recordPath)),
    field: path
      .slice(index + 1)
      .map(String)
      .join('.'),
    message,
  };
}

/** `people[12] (id "guofu-tan")`: a record named by its path and, when it has one, its id. */
export function recordLabel(path: readonly PathKey[], id?: string): string {
  const label = path.map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? String(key) : `.${String(key)}`)).join('');
  return id === undefined ? label : `${label} (id "${id}")`;
}

function readId(raw: unknown, path: readonly PathKey[]): string | undefined {
  let node: unknown = raw;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = Reflect.get(node, key);
  }
  if (node === null || typeof node !== 'object') return undefined;
  const id: unknown = Reflect.get(node, 'id');
  return typeof id === 'string' || typeof id === 'number' ? String(id) : undefined;
}
