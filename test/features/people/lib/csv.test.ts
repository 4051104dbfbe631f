import { describe, expect, it } from 'vitest';
import { peopleCsv } from '@/features/people/lib/csv';
import { person } from '../../../fixtures/people';

describe('the people CSV', () => {
  it('has a BOM, a header, one row per person, and formulas written as text', () => {
    const csv = peopleCsv([person({ id: 'ada-lin', name: 'Ada Lin', nameZh: '林艾达' }), person({ id: 'eve', name: '=HYPERLINK("x")' })]);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).trim().split('\r\n');
    expect(lines[0]).toBe('id,name,name_zh,github,roles,aliases');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain('林艾达');
    expect(lines[2]).toContain(`"'=HYPERLINK(""x"")"`);
  });
});
