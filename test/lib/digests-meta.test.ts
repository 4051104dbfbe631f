import { describe, expect, it } from 'vitest';
import { formatDigests, parseDigests } from '@/lib/digests-meta';

describe('the digests in the page', () => {
  it('read back as the build wrote them', () => {
    const digests = { 'people.json': 'a'.repeat(64), 'star-snapshots.json': 'b'.repeat(64) };
    expect(parseDigests(formatDigests(digests))).toEqual(digests);
  });

  it('are none for an empty or garbled content', () => {
    expect(parseDigests('')).toEqual({});
    expect(parseDigests('  :abc people.json')).toEqual({});
  });
});
