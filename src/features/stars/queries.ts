import { datasetQueryOptions } from '@/lib/dataset-query';
import type { StarsDataset, StarSnapshotsDataset } from './schema';

export const STARS_FILE = 'stars.json';
export const STAR_SNAPSHOTS_FILE = 'star-snapshots.json';
export const starsQuery = datasetQueryOptions<StarsDataset>(STARS_FILE, () => import('./schema').then((m) => m.starsDataset));
export const starSnapshotsQuery = datasetQueryOptions<StarSnapshotsDataset>(STAR_SNAPSHOTS_FILE, () => import('./schema').then((m) => m.starSnapshotsDataset));
