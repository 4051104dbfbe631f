import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { matchesDigest, sha256Hex } from '@/lib/built-digest';

afterEach(() => vi.unstubAllGlobals());

const nodeSha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

describe('sha256Hex', () => {
  it('is the SHA-256 of the UTF-8 bytes, as the build computes it', async () => {
    for (const text of ['', '{"name": "裴振飞"}', 'ü\u{1F600}']) expect(await sha256Hex(text)).toBe(nodeSha256(text));
  });
  it('is undefined without Web Crypto (outside secure contexts)', async () => {
    vi.stubGlobal('crypto', {});
    expect(await sha256Hex('x')).toBeUndefined();
  });
});

describe('matchesDigest', () => {
  it('matches only the exact text', async () => {
    const text = '{"a": 1}';
    expect(await matchesDigest(text, nodeSha256(text))).toBe(true);
    expect(await matchesDigest('{"a": 1} ', nodeSha256(text))).toBe(false);
    expect(await matchesDigest(text, undefined)).toBe(false);
  });
});
