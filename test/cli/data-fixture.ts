import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** Lumen, the small made-up community: tests hold for any community, not only the one in data/. */
export const COMMUNITY = resolve(import.meta.dirname, '../fixtures/community');

/** A copy of the Lumen data in a temporary folder, with helpers to break it; `remove()` in afterEach. */
export function copyCommunity() {
  const dir = mkdtempSync(join(tmpdir(), 'community-'));
  cpSync(COMMUNITY, dir, { recursive: true });
  return {
    dir,
    edit(file: string, change: (json: Record<string, any>) => void) {
      const path = join(dir, file);
      const json = JSON.parse(readFileSync(path, 'utf8')) as Record<string, any>;
      change(json);
      writeFileSync(path, JSON.stringify(json, null, 1));
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
