import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { spreadLabels } from '@/features/stars/lib/labels';

describe('spreadLabels', () => {
  it('leaves labels that are apart where they are', () => {
    expect(spreadLabels([10, 50, 90], 14, 0, 200)).toEqual([10, 50, 90]);
  });

  it('pushes close labels apart, keeping their order', () => {
    expect(spreadLabels([100, 95, 102], 14, 0, 300)).toEqual([109, 95, 123]);
  });

  it('stays within the bottom when there is room', () => {
    const placed = spreadLabels([190, 195, 198], 14, 0, 200);
    expect(Math.max(...placed)).toBeLessThanOrEqual(200);
    expect(placed).toEqual([172, 186, 200]);
  });

  it('never places a label above the top, where the chart would cut it off', () => {
    expect(spreadLabels([-4, 8], 14, 22, 300)).toEqual([22, 36]);
  });

  it('stays within the top and the bottom when there is room (property-based)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -50, max: 350 }), { maxLength: 12 }), (wanted) => {
        const placed = spreadLabels(wanted, 14, 10, 300);
        if (wanted.length * 14 <= 290) placed.forEach((y) => expect(y >= 10 && y <= 300).toBe(true));
      }),
    );
  });

  it('never overlaps, whatever the wanted positions (property-based)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 300 }), { maxLength: 12 }), (wanted) => {
        const placed = [...spreadLabels(wanted, 14, 0, 300)].sort((a, b) => a - b);
        placed.forEach((y, i) => {
          if (i > 0) expect(y - placed[i - 1]!).toBeGreaterThanOrEqual(14);
        });
      }),
    );
  });
});
