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
 * The digest of `data/<file>` as the build validated it, or undefined (the dev server and the tests have
 * none; a digest chunk that fails to load means the file is validated). Started beside the data's request.
 */
export async function builtDigest(file: string): Promise<string | undefined> {
  try {
    const { digests } = await import('@/lib/dataset-digests');
    return digests[file];
  } catch {
    return undefined;
  }
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
