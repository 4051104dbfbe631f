import { describe, expect, it } from 'vitest';
import type { StarRow } from '@/features/stars/lib/series';
import { rollUp, sortRows } from '@/features/stars/lib/table';

const row = (overrides: Partial<StarRow>): StarRow => ({
  repo: 'a/core',
  date: '2024-01-01',
  value: 1,
  kind: 'snapshot',
  wording: '',
  wordingZh: '',
  source: 'https://example.org/s',
  ...overrides,
});

const rows = [
  row({ date: '2024-01-01', value: 10 }),
  row({ date: '2024-01-20', value: 12 }),
  row({ date: '2024-03-05', value: 20 }),
  row({ date: '2024-03-05', value: 19, kind: 'at-least', wording: 'over 19' }),
  row({ date: '2023-12-31', value: 8 }),
  row({ repo: 'b/tiny', date: '2024-01-15', value: 3 }),
];

describe('rollUp', () => {
  it('keeps every row for "point"', () => {
    expect(rollUp(rows, 'point')).toHaveLength(rows.length);
  });

  it('keeps the last figure of each project per month (a published figure over a snapshot of the same day)', () => {
    const months = rollUp(rows, 'month');
    expect(months.map((r) => [r.repo, r.date, r.value, r.kind])).toEqual([
      ['a/core', '2024-01', 12, 'snapshot'],
      ['a/core', '2024-03', 19, 'at-least'],
      ['a/core', '2023-12', 8, 'snapshot'],
      ['b/tiny', '2024-01', 3, 'snapshot'],
    ]);
  });

  it('keeps the last figure of each project per year', () => {
    expect(rollUp(rows, 'year').map((r) => [r.repo, r.date, r.value])).toEqual([
      ['a/core', '2024', 19],
      ['a/core', '2023', 8],
      ['b/tiny', '2024', 3],
    ]);
  });
});

describe('sortRows', () => {
  const names = { 'a/core': 'Zeta', 'b/tiny': 'Alpha' };
  it('sorts by project name, date or stars, both ways', () => {
    expect(sortRows(rows, 'project', 'asc', names)[0]?.repo).toBe('b/tiny');
    expect(sortRows(rows, 'date', 'asc')[0]?.date).toBe('2023-12-31');
    expect(sortRows(rows, 'date', 'desc')[0]?.date).toBe('2024-03-05');
    expect(sortRows(rows, 'stars', 'desc').map((r) => r.value)).toEqual([20, 19, 12, 10, 8, 3]);
    expect(sortRows(rows, 'stars', 'asc')[0]?.value).toBe(3);
  });
});
