import { describe, expect, it } from 'vitest';
import { latestPublishedYear, yearRange } from '@/features/overview/lib/years';

describe('yearRange', () => {
  it('lists every year from the first to the last', () => {
    expect(yearRange(2021, 2023)).toEqual([2021, 2022, 2023]);
    expect(yearRange(2024, 2023)).toEqual([]);
  });
});

describe('latestPublishedYear', () => {
  it('is the latest covered year with a published figure, not a newer empty year', () => {
    expect(latestPublishedYear([2021, 2022, 2023, 2024], [2021, 2022, 2022])).toBe(2022);
  });
  it('ignores figures outside the covered years and falls back to the last year', () => {
    expect(latestPublishedYear([2021, 2022], [2030])).toBe(2022);
    expect(latestPublishedYear([], [2022])).toBeUndefined();
  });
});
