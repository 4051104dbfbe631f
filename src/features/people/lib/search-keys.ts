/** Lower-cases and strips accents (canoğlu -> canoglu, Önder -> onder), keeping CJK characters. */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/ı/g, 'i')
    .replace(/ß/g, 'ss')
    .replace(/ø/g, 'o')
    .replace(/ł/g, 'l')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

const GITHUB_PROFILE = /^(?:https?:\/\/)?(?:www\.)?github\.com\/([A-Za-z0-9-]+)\/?(?:[?#].*)?$/i;

/**
 * What a reader pastes, as the login or name it stands for: a GitHub profile URL
 * (`https://github.com/someone`) is its login, and a handle as cards show it (`@someone`) loses the @.
 */
export function queryTerm(query: string): string {
  const trimmed = query.trim();
  const profile = GITHUB_PROFILE.exec(trimmed);
  if (profile?.[1]) return profile[1];
  return trimmed.replace(/^@+/, '');
}

/** A query as the grid compares it: the term, folded, without spaces (`ada lin` finds `adalin`). */
export function normaliseQuery(query: string): string {
  return fold(queryTerm(query)).replace(/\s+/g, '');
}

/** Keys are compared without spaces so that spaced and unspaced spellings find each other. */
export function matchesKeys(keys: readonly string[], query: string): boolean {
  const q = normaliseQuery(query);
  if (!q) return true;
  return keys.some((key) => key.replace(/\s+/g, '').includes(q));
}
