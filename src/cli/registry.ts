import type * as z from 'zod/mini';
import { communityDataset, ecosystemDataset } from '../features/community/schema.ts';
import { eventsDataset } from '../features/events/schema.ts';
import { mediaDataset } from '../features/media/schema.ts';
import { peopleDataset } from '../features/people/schema.ts';
import { starSnapshotsDataset, starsDataset } from '../features/stars/schema.ts';
import { sourcesDataset } from '../lib/sources-schema.ts';

/** Every dataset in data/ with the schema the app validates it with. */
export const DATASETS = [
  { file: 'community.json', schema: communityDataset },
  { file: 'sources.json', schema: sourcesDataset },
  { file: 'people.json', schema: peopleDataset },
  { file: 'stars.json', schema: starsDataset },
  { file: 'star-snapshots.json', schema: starSnapshotsDataset },
  { file: 'events.json', schema: eventsDataset },
  { file: 'media.json', schema: mediaDataset },
  { file: 'ecosystem.json', schema: ecosystemDataset },
] as const satisfies readonly { file: string; schema: z.ZodMiniType }[];
