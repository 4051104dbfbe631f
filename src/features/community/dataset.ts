import { defineDataset, useDataset } from '@/lib/dataset';
import type { CommunityDataset, EcosystemDataset } from '@/features/community/schema';

export const communityData = defineDataset<CommunityDataset>('community.json', () =>
  import('@/features/community/schema').then((m) => m.communityDataset),
);
export const ecosystemData = defineDataset<EcosystemDataset>('ecosystem.json', () =>
  import('@/features/community/schema').then((m) => m.ecosystemDataset),
);
export const useCommunity = () => useDataset(communityData);
export const useEcosystem = () => useDataset(ecosystemData);
