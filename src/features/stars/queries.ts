import { datasetQueryOptions } from '@/lib/dataset-query';
import { starSnapshotsDataset, starsDataset } from './schema';

export const STARS_FILE = 'stars.json';
export const STAR_SNAPSHOTS_FILE = 'star-snapshots.json';
export const starsQuery = datasetQueryOptions(STARS_FILE, starsDataset);
export const starSnapshotsQuery = datasetQueryOptions(STAR_SNAPSHOTS_FILE, starSnapshotsDataset);
