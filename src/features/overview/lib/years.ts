import type { YearFigure } from '@/components/ui/year-figure';

/** Every year from `from` to `to`, ascending. */
export function yearRange(from: number, to: number): number[] {
  return to < from ? [] : Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

/**
 * The year the overview opens on: the latest of the community's years in which at least half of the
 * year's figures were published (a year whose cards are mostly "not published" is not a summary of
 * anything), else the latest year with any published figure, else the last year.
 */
export function openingYear(years: readonly number[], figuresFor: (year: number) => readonly YearFigure[]): number | undefined {
  const published = (year: number) => {
    const figures = figuresFor(year);
    return { shown: figures.filter((f) => f.value !== null).length, total: figures.length };
  };
  const newestFirst = [...years].reverse();
  return (
    newestFirst.find((y) => {
      const { shown, total } = published(y);
      return total > 0 && shown * 2 >= total;
    }) ??
    newestFirst.find((y) => published(y).shown > 0) ??
    years.at(-1)
  );
}
