import { datasetQueryOptions } from '@/lib/dataset-query';
import type { CommunityDataset, EcosystemDataset } from './schema';

export const COMMUNITY_FILE = 'community.json';
export const ECOSYSTEM_FILE = 'ecosystem.json';
export const communityQuery = datasetQueryOptions<CommunityDataset>(COMMUNITY_FILE, () =>
  import('./schema').then((m) => m.communityDataset),
);
export const ecosystemQuery = datasetQueryOptions<EcosystemDataset>(ECOSYSTEM_FILE, () =>
  import('./schema').then((m) => m.ecosystemDataset),
);
