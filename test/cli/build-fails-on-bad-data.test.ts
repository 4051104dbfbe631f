// @vitest-environment node
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { afterEach, describe, expect, it } from 'vitest';
import { dataPlugin } from '@/cli/vite-data-plugin';

const ROOT = resolve(import.meta.dirname, '../..');
let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('vite build', () => {
  it('fails with the file, record and field when data/ is invalid', async () => {
    dir = mkdtempSync(join(tmpdir(), 'data-'));
    cpSync(join(ROOT, 'data'), dir, { recursive: true });
    const events = JSON.parse(readFileSync(join(dir, 'events.json'), 'utf8')) as { events: Record<string, unknown>[] };
    events.events[5]!.year = 'soon';
    writeFileSync(join(dir, 'events.json'), JSON.stringify(events));
    await expect(
      build({ root: ROOT, configFile: false, logLevel: 'silent', plugins: [dataPlugin({ dir })], build: { write: false } }),
    ).rejects.toThrow(/data\/events\.json: record events\[5\] \(id "[^"]+"\), field year/);
  });
});
