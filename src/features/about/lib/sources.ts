/** Sources newest first; posts of one day by title, so the order never depends on the file's order. */
export function sourcesNewestFirst<S extends { date: string; url: string }>(sources: readonly S[]): S[] {
  return [...sources].sort((a, b) => b.date.localeCompare(a.date) || a.url.localeCompare(b.url));
}
