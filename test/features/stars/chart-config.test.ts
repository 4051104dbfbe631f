import { describe, expect, it } from 'vitest';
import { starsChartConfig } from '@/features/stars/lib/chart-config';
import { starsHeadline, starYearCards } from '@/features/stars/lib/year-cards';
import { starPoint, starsDataset } from '../../fixtures/stars';

describe('starsChartConfig', () => {
  it('gives each project its label and a colour that follows the project, not what else is shown', () => {
    const config = starsChartConfig(starsDataset());
    expect(config['testland/core']).toEqual({ label: 'Testland Core', colour: 'chart-1' });
    expect(config['testland/tiny']).toEqual({ label: 'Tiny', colour: 'chart-2' });
  });
});

describe('starYearCards', () => {
  it('gives the year’s published milestone with its wording, linked to its project', () => {
    const [card] = starYearCards(starsDataset(), 2024);
    expect(card).toMatchObject({
      value: 1000,
      wording: { en: 'over 1,000 stars' },
      comparable: false,
      href: '/stars?repo=testland%2Fcore',
    });
  });
  it('says not published for a year without one', () => {
    expect(starYearCards(starsDataset(), 2023)[0]).toMatchObject({ value: null });
  });
});

describe('starsHeadline', () => {
  it('is the main project’s latest published figure, a lower bound read as such', () => {
    expect(starsHeadline(starsDataset())).toMatchObject({ value: 1200, atLeast: false, wording: { en: '1,200 stars' } });
    const bound = starsDataset({ points: [starPoint({ value: 10000, kind: 'at-least', date: '2025-01-01' }), starPoint()] });
    expect(starsHeadline(bound)).toMatchObject({ value: 10000, atLeast: true });
  });
});
