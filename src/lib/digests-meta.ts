/**
 * How the build hands the page the SHA-256 of each data file it validated: a `<meta name="dataset-digests">`
 * whose content is `file:hex` pairs separated by spaces. Written by src/cli/vite-data-plugin.ts, read by
 * src/lib/built-digest.ts.
 */
export const DIGESTS_META = 'dataset-digests';

export function formatDigests(digests: Readonly<Record<string, string>>): string {
  return Object.entries(digests)
    .map(([file, digest]) => `${file}:${digest}`)
    .join(' ');
}

export function parseDigests(content: string): Record<string, string> {
  const digests: Record<string, string> = {};
  for (const pair of content.split(' ')) {
    const at = pair.lastIndexOf(':');
    if (at > 0) digests[pair.slice(0, at)] = pair.slice(at + 1);
  }
  return digests;
}
