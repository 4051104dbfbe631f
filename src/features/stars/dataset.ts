import { defineDataset, useDataset } from '@/lib/dataset';
import type { StarsDataset, StarSnapshotsDataset } from '@/features/stars/schema';

export const starsData = defineDataset<StarsDataset>('stars.json', () => import('@/features/stars/schema').then((m) => m.starsDataset));
export const starSnapshotsData = defineDataset<StarSnapshotsDataset>('star-snapshots.json', () =>
  import('@/features/stars/schema').then((m) => m.starSnapshotsDataset),
);
export const useStars = () => useDataset(starsData);
export const useStarSnapshots = () => useDataset(starSnapshotsData);
