import { describe, expect, it } from 'vitest';
import { GAP_DAYS, markerCount, starRows, starSeries } from '@/features/stars/lib/series';
import type { StarsDataset, StarSnapshotsDataset } from '@/features/stars/schema';

const SRC = 'https://example.org/post';
const wording = { zh: '突破 10,000', en: 'over 10,000' };
const stars: StarsDataset = {
  projects: [{ repo: 'a/a', name: 'A' }],
  points: [
    { repo: 'a/a', date: '2022-05-31', value: 10000, kind: 'at-least', wording, source: SRC },
    { repo: 'b/b', date: '2022-05-31', value: 5, kind: 'exact', wording, source: SRC },
  ],
  milestones: [],
};
const snapshots: StarSnapshotsDataset = {
  series: [
    {
      repo: 'a/a',
      source: SRC,
      note: wording,
      points: [
        ['2020-01-01', 100],
        ['2020-01-02', 110],
        ['2020-01-02', 110],
        ['2020-01-10', 120],
        ['2022-02-23', 8920],
        ['2022-02-24', 8930],
      ],
    },
  ],
};

describe('starSeries', () => {
  const [series] = starSeries(stars, snapshots, ['a/a']);

  it('returns only sourced points: no interpolation, duplicates of a day once', () => {
    const values = series!.segments.flat().map((p) => [p.date, p.value]);
    expect(values).toEqual([
      ['2020-01-01', 100],
      ['2020-01-02', 110],
      ['2020-01-10', 120],
      ['2022-02-23', 8920],
      ['2022-02-24', 8930],
    ]);
    expect(series!.published.map((p) => [p.date, p.value, p.kind])).toEqual([['2022-05-31', 10000, 'at-least']]);
    expect(markerCount([series!])).toBe(6);
  });

  it(`splits runs at gaps longer than ${GAP_DAYS} days and marks the gap as unknown`, () => {
    expect(series!.segments.map((s) => s.length)).toEqual([3, 2]);
    expect(series!.gaps.map(([a, b]) => [a.date, b.date])).toEqual([['2020-01-10', '2022-02-23']]);
  });

  it('keeps other repositories out and honours the year range', () => {
    const [ranged] = starSeries(stars, snapshots, ['a/a'], { from: 2022, to: 2022 });
    expect(ranged!.segments.flat().every((p) => p.date.startsWith('2022'))).toBe(true);
    expect(ranged!.gaps).toEqual([]);
    expect(starSeries(stars, undefined, ['b/b'])[0]!.published).toHaveLength(1);
  });

  it('lists every marker as a table row with its kind and source', () => {
    const rows = starRows([series!]);
    expect(rows).toHaveLength(6);
    expect(rows.filter((r) => r.kind === 'at-least')).toEqual([
      expect.objectContaining({ value: 10000, wording: 'over 10,000', source: SRC }),
    ]);
  });
});
