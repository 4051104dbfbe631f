import { DIGESTS_META, parseDigests } from '@/lib/digests-meta';

/** The SHA-256 of `text` (its UTF-8 bytes) in hex, or undefined where Web Crypto is missing (outside secure contexts). */
export async function sha256Hex(text: string): Promise<string | undefined> {
  try {
    // `crypto.subtle` is undefined outside secure contexts (a page on plain http other than localhost): caught here.
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
    return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
  } catch {
    return undefined;
  }
}

/**
 * The digests the build wrote into the page (src/lib/digests-meta.ts), by file name: none in the dev server,
 * the tests or a worker (no document). Data, not code: they are in the HTML, which changes with the data
 * anyway, so a data-only update leaves the scripts as they were, and a first visit loads no script for them.
 */
export function pageDigests(): Record<string, string> {
  const page: unknown = Reflect.get(globalThis, 'document');
  if (!isMetaSource(page)) return {};
  return parseDigests(page.querySelector(`meta[name="${DIGESTS_META}"]`)?.getAttribute('content') ?? '');
}

/** What reading them needs of a document (this module is also compiled for Node, without the DOM's types). */
type MetaSource = { querySelector(selector: string): { getAttribute(name: string): string | null } | null };
function isMetaSource(value: unknown): value is MetaSource {
  return typeof value === 'object' && value !== null && 'querySelector' in value && typeof value.querySelector === 'function';
}

/** The digest of `data/<file>` as the build validated it, or undefined (the dev server, the tests, a worker). */
export function builtDigest(file: string): Promise<string | undefined> {
  return Promise.resolve(pageDigests()[file]);
}

/**
 * Whether `text` is, byte for byte, the file whose digest the build recorded (a file it validated and would
 * have refused to build on). False for anything else: a file edited on the host, a truncated response, no
 * digest, a browser without Web Crypto.
 */
export async function matchesDigest(text: string, expected: string | undefined): Promise<boolean> {
  if (expected === undefined) return false;
  return (await sha256Hex(text)) === expected;
}
