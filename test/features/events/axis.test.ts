import { describe, expect, it } from 'vitest';
import { yearAxis, yearLabel } from '@/features/events/lib/axis';

const YEARS = [2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025];

describe('the events chart’s year axis', () => {
  it('labels every year in full on a wide chart, and before the width is known', () => {
    expect(yearAxis(YEARS, 1200, 'en')).toEqual({ ticks: YEARS, short: false });
    expect(yearAxis(YEARS, 0, 'zh')).toEqual({ ticks: YEARS, short: false });
  });

  it('shortens the labels where every year fits only that way, and needs more room for the zh form', () => {
    expect(yearAxis(YEARS, 420, 'en')).toEqual({ ticks: YEARS, short: true });
    expect(yearAxis(YEARS, 420, 'zh').short).toBe(false);
  });

  it('on a 360 px phone (a 296 px chart), six zh years do not run together as "20年21年22年…"', () => {
    const six = [2020, 2021, 2022, 2023, 2024, 2025];
    const axis = yearAxis(six, 296, 'zh');
    const room = (296 - 64) / axis.ticks.length;
    expect(axis.short ? room >= 46 : room >= 40).toBe(true);
    expect(axis.ticks.at(-1)).toBe(2025);
  });

  it('on a phone labels every n-th year in full, always the latest, with room for each label', () => {
    for (const lang of ['en', 'zh'] as const) {
      const axis = yearAxis(YEARS, 300, lang);
      expect(axis.short).toBe(false);
      expect(axis.ticks.at(-1)).toBe(2025);
      expect(axis.ticks.length).toBeLessThan(YEARS.length);
      expect(axis.ticks.length * 40).toBeLessThanOrEqual(300 - 64);
    }
  });

  it('never formats a year with a thousands separator; the short form reads as a year in each language', () => {
    expect(yearLabel(2021, false, 'en')).toBe('2021');
    expect(yearLabel(2021, true, 'en')).toBe('’21');
    expect(yearLabel(2005, true, 'zh')).toBe('05年');
  });
});
