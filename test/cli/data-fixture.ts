import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { CommunityDataset, EcosystemDataset } from '@/features/community/schema';
import type { EventsDataset } from '@/features/events/schema';
import type { MediaDataset } from '@/features/media/schema';
import type { PeopleDataset } from '@/features/people/schema';
import type { StarsDataset } from '@/features/stars/schema';
import type { SourcesDataset } from '@/lib/sources-schema';

type Files = {
  'community.json': CommunityDataset;
  'ecosystem.json': EcosystemDataset;
  'events.json': EventsDataset;
  'media.json': MediaDataset;
  'people.json': PeopleDataset;
  'stars.json': StarsDataset;
  'sources.json': SourcesDataset;
};

/** Lumen, the small made-up community: tests hold for any community, not only the one in data/. */
export const COMMUNITY = resolve(import.meta.dirname, '../fixtures/community');

/** A copy of the Lumen data in a temporary folder, with helpers to break it; `remove()` in afterEach. */
export function copyCommunity() {
  const dir = mkdtempSync(join(tmpdir(), 'community-'));
  cpSync(COMMUNITY, dir, { recursive: true });
  return {
    dir,
    /** Changes a dataset; a value of the wrong type goes in with `Object.assign(record, { year: 'soon' })`. */
    edit: <F extends keyof Files>(file: F, change: (json: Files[F]) => void) => {
      const path = join(dir, file);
      const json = JSON.parse(readFileSync(path, 'utf8')) as Files[F];
      change(json);
      writeFileSync(path, JSON.stringify(json, null, 1));
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
