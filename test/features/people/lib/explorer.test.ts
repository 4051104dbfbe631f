import { describe, expect, it } from 'vitest';
import { clearBlocker, csvFileName, peopleAt } from '@/features/people/lib/explorer';

describe('the explorer’s empty state', () => {
  it('clears only the filter that removed everyone, or all of them', () => {
    expect(clearBlocker('q')).toEqual({ q: '' });
    expect(clearBlocker('roles')).toEqual({ roles: [] });
    expect(clearBlocker('years')).toEqual({ years: [] });
    expect(clearBlocker('all')).toEqual({ roles: [], years: [], q: '' });
  });
});

describe('the CSV file name', () => {
  it('names the filters, in characters every file system takes', () => {
    expect(csvFileName(new URLSearchParams())).toBe('people.csv');
    expect(csvFileName(new URLSearchParams('role=speaker,member&year=2022'))).toBe('people-role_speaker_2Cmember_year_2022.csv');
    expect(csvFileName(new URLSearchParams({ q: '谭 / ../x' }))).toMatch(/^people-q_[\w,-]+\.csv$/);
  });
});

describe('peopleAt', () => {
  it('gives the records at the positions, in their order, skipping positions out of range', () => {
    expect(peopleAt(['a', 'b', 'c'], Int32Array.from([2, 0, 7]))).toEqual(['c', 'a']);
  });
});
