/** Every year from `from` to `to`, ascending. */
export function yearRange(from: number, to: number): number[] {
  return to < from ? [] : Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

/**
 * The year the overview opens on: the latest of the community's years for which some figure was
 * published (`published`: years with a figure, from every dataset the cards read), else its last year.
 */
export function latestPublishedYear(years: readonly number[], published: Iterable<number>): number | undefined {
  const known = new Set(published);
  return [...years].reverse().find((y) => known.has(y)) ?? years.at(-1);
}
