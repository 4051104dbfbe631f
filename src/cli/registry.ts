import { communityData, ecosystemData } from '../features/community/dataset.ts';
import { eventsData } from '../features/events/dataset.ts';
import { mediaData } from '../features/media/dataset.ts';
import { peopleData } from '../features/people/dataset.ts';
import { starSnapshotsData, starsData } from '../features/stars/dataset.ts';
import { sourcesData } from '../lib/sources-dataset.ts';

/** Every dataset in data/: the app's own definitions (file and schema loader), listed once for node. */
export const DATASETS = {
  community: communityData,
  sources: sourcesData,
  people: peopleData,
  stars: starsData,
  snapshots: starSnapshotsData,
  events: eventsData,
  media: mediaData,
  ecosystem: ecosystemData,
} as const;

export type Registry = typeof DATASETS;
