import { describe, expect, it } from 'vitest';
import type { YearFigure } from '@/components/ui/year-figure';
import { openingYear, yearRange } from '@/features/overview/lib/years';

describe('yearRange', () => {
  it('lists every year from the first to the last', () => {
    expect(yearRange(2021, 2023)).toEqual([2021, 2022, 2023]);
    expect(yearRange(2024, 2023)).toEqual([]);
  });
});

const figures = (published: number, total: number): YearFigure[] =>
  Array.from({ length: total }, (_, i) => ({
    id: `f${i}`,
    label: 'overview.card.live',
    value: i < published ? 1 : null,
    basis: i < published ? 'listed' : null,
    comparable: true,
  }));

describe('openingYear', () => {
  it('is the latest year with at least half of its figures published, not a newer, mostly empty year', () => {
    const byYear: Record<number, YearFigure[]> = { 2022: figures(4, 4), 2023: figures(2, 4), 2024: figures(1, 4) };
    expect(openingYear([2022, 2023, 2024], (y) => byYear[y] ?? [])).toBe(2023);
  });

  it('falls back to the latest year with any figure, then to the last year', () => {
    const byYear: Record<number, YearFigure[]> = { 2022: figures(1, 4), 2023: figures(0, 4) };
    expect(openingYear([2022, 2023], (y) => byYear[y] ?? [])).toBe(2022);
    expect(openingYear([2022, 2023], () => figures(0, 4))).toBe(2023);
    expect(openingYear([], () => [])).toBeUndefined();
  });
});
