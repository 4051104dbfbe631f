import { datasetQueryOptions } from '@/lib/dataset-query';
import type { MediaDataset } from './schema';

export const MEDIA_FILE = 'media.json';
export const mediaQuery = datasetQueryOptions<MediaDataset>(MEDIA_FILE, () => import('./schema').then((m) => m.mediaDataset));
