import { defineDataset, useDataset } from '@/lib/dataset';
import type { MediaDataset } from '@/features/media/schema';

export const mediaData = defineDataset<MediaDataset>('media.json', () => import('@/features/media/schema').then((m) => m.mediaDataset));
export const useMedia = () => useDataset(mediaData);
