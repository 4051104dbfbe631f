import { datasetQueryOptions } from '@/lib/dataset-query';
import { mediaDataset } from './schema';

export const MEDIA_FILE = 'media.json';
export const mediaQuery = datasetQueryOptions(MEDIA_FILE, mediaDataset);
