import { describe, expect, it } from 'vitest';
import { roleChartConfig } from '@/features/people/lib/chart-config';
import { ROLES } from '@/features/people/schema';

describe('the people chart’s series', () => {
  it('give every role its label and a distinct colour that follows the role', () => {
    const config = roleChartConfig((role) => `label:${role}`);
    expect(Object.keys(config).sort()).toEqual([...ROLES].sort());
    expect(config.speaker.label).toBe('label:speaker');
    expect(new Set(ROLES.map((role) => config[role].colour)).size).toBe(ROLES.length);
    expect(roleChartConfig(() => '').member.colour).toBe(config.member.colour);
  });
});
