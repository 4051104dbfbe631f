import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LABEL_GAP, RIGHT_MARGIN, labelWidth, timeAxis } from '@/features/stars/lib/axis';

const en = {
  year: (y: number) => String(y),
  month: (t: number) => new Intl.DateTimeFormat('en', { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(t),
};
const zh = {
  year: (y: number) => `${y}年`,
  month: (t: number) => new Intl.DateTimeFormat('zh-CN', { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(t),
};
const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

/** Labels laid out on the plot: no two closer than the gap, none past the right margin. */
function readable(min: number, max: number, width: number, format: typeof en) {
  const axis = timeAxis(min, max, width, format);
  const x = (t: number) => ((t - min) / Math.max(1, max - min)) * width;
  const boxes = axis.ticks.map((t) => ({ left: x(t) - labelWidth(axis.label(t)) / 2, right: x(t) + labelWidth(axis.label(t)) / 2 }));
  const apart = boxes.every((b, i) => i === 0 || b.left - (boxes[i - 1]?.right ?? 0) >= LABEL_GAP - 0.001);
  const inside = boxes.every((b) => b.right <= width + RIGHT_MARGIN);
  return { axis, apart, inside };
}

describe('timeAxis', () => {
  it('shows every year on a wide chart, in either language', () => {
    const wide = timeAxis(day('2018-01-01'), day('2025-06-01'), 900, zh);
    expect(wide.ticks.map(wide.label)).toEqual(['2018年', '2019年', '2020年', '2021年', '2022年', '2023年', '2024年', '2025年']);
  });

  it('thins the years on a phone so that labels never run together', () => {
    // A 360 px phone leaves about 270 px of plot beside the value axis.
    const { axis, apart } = readable(day('2018-01-01'), day('2025-06-01'), 270, zh);
    expect(axis.ticks.length).toBeLessThan(8);
    expect(axis.ticks.length).toBeGreaterThanOrEqual(3);
    expect(apart).toBe(true);
  });

  it('uses months within a year', () => {
    const axis = timeAxis(day('2024-01-01'), day('2024-12-01'), 900, en);
    expect(axis.label(axis.ticks[0]!)).toBe('Jan 2024');
  });

  it('keeps labels apart and inside the chart for any range and width, in both languages (property-based)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: day('2010-01-01'), max: day('2026-01-01') }),
        fc.integer({ min: 1, max: 6000 }),
        fc.integer({ min: 200, max: 1400 }),
        fc.constantFrom(en, zh),
        (min, days, width, format) => {
          const { apart, inside } = readable(min, min + days * 86_400_000, width, format);
          expect(apart).toBe(true);
          expect(inside).toBe(true);
        },
      ),
    );
  });
});
