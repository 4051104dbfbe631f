import { datasetQueryOptions } from '@/lib/dataset-query';
import { communityDataset, ecosystemDataset } from './schema';

export const COMMUNITY_FILE = 'community.json';
export const ECOSYSTEM_FILE = 'ecosystem.json';
export const communityQuery = datasetQueryOptions(COMMUNITY_FILE, communityDataset);
export const ecosystemQuery = datasetQueryOptions(ECOSYSTEM_FILE, ecosystemDataset);
