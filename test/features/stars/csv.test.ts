import { describe, expect, it } from 'vitest';
import { starsCsv } from '@/features/stars/lib/csv';

describe('the stars CSV', () => {
  it('writes formulas as text, through the one CSV writer', () => {
    const csv = starsCsv([
      {
        repo: 'testland/core',
        date: '2024-01-01',
        value: 5,
        kind: 'exact',
        wording: '=HYPERLINK("http://evil.example","click")',
        wordingZh: '@SUM(A1)',
        source: 'https://example.org/p',
      },
    ]);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const row = csv.slice(1).split('\r\n')[1]!;
    expect(row).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
    expect(row).toContain(`'@SUM(A1)`);
    expect(row).not.toMatch(/(^|,)=/);
  });
});
