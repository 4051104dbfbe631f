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

/** A query as the grid compares it: folded, and also without spaces (`pei zhenfei` finds `peizhenfei`). */
export function normaliseQuery(query: string): string {
  return fold(query).replace(/\s+/g, '');
}

/** Keys are compared without spaces so that spaced and unspaced spellings find each other. */
export function matchesKeys(keys: readonly string[], query: string): boolean {
  const q = normaliseQuery(query);
  if (!q) return true;
  return keys.some((key) => key.replace(/\s+/g, '').includes(q));
}
