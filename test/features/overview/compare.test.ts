import { describe, expect, it } from 'vitest';
import type { YearFigure } from '@/components/ui/year-figure';
import { compareFigures, splitPublished } from '@/features/overview/lib/compare';

const figure = (overrides: Partial<YearFigure> & { id: string }): YearFigure => ({
  label: 'overview.card.speakers',
  value: 10,
  basis: 'stated',
  comparable: true,
  ...overrides,
});

describe('compareFigures', () => {
  it('pairs figures by id and gives the change where both are published on the same basis', () => {
    const [speakers, live] = compareFigures(
      [figure({ id: 'speakers', value: 12 }), figure({ id: 'live', value: 5 })],
      [figure({ id: 'live', value: 7 }), figure({ id: 'speakers', value: 10 })],
    );
    expect(speakers?.change).toBe(2);
    expect(live?.change).toBe(-2);
    expect(live?.other?.value).toBe(7);
  });

  it('gives no change where one year is not published, the bases differ, or a change means nothing', () => {
    const results = compareFigures(
      [
        figure({ id: 'a', value: null, basis: null }),
        figure({ id: 'b', basis: 'listed' }),
        figure({ id: 'c', comparable: false }),
        figure({ id: 'd' }),
      ],
      [figure({ id: 'a' }), figure({ id: 'b' }), figure({ id: 'c', value: 1 })],
    );
    expect(results.map((r) => r.change)).toEqual([null, null, null, null]);
    expect(results[3]?.other).toBeUndefined();
  });
});

describe('splitPublished', () => {
  it('keeps the published figures in order and sets apart those no source gives (0 is published)', () => {
    const { published, missing } = splitPublished(
      compareFigures([figure({ id: 'a', value: null, basis: null }), figure({ id: 'b', value: 0 }), figure({ id: 'c' })], []),
    );
    expect(published.map((c) => c.figure.id)).toEqual(['b', 'c']);
    expect(missing.map((c) => c.figure.id)).toEqual(['a']);
  });
});
