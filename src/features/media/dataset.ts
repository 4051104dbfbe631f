import { defineDataset, useDataset } from '@/lib/dataset';
import type { MediaDataset } from './schema';

export const mediaData = defineDataset<MediaDataset>('media.json', () => import('./schema').then((m) => m.mediaDataset));
export const useMedia = () => useDataset(mediaData);
