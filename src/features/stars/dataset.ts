import { defineDataset, useDataset } from '@/lib/dataset';
import type { StarsDataset, StarSnapshotsDataset } from './schema';

export const starsData = defineDataset<StarsDataset>('stars.json', () => import('./schema').then((m) => m.starsDataset));
export const starSnapshotsData = defineDataset<StarSnapshotsDataset>('star-snapshots.json', () =>
  import('./schema').then((m) => m.starSnapshotsDataset),
);
export const useStars = () => useDataset(starsData);
export const useStarSnapshots = () => useDataset(starSnapshotsData);
