import { defineDataset } from '@/lib/dataset';
import type { SourcesDataset } from '@/lib/sources-schema';

/** sources.json: every post the data cites, with its title and date. */
export const sourcesData = defineDataset<SourcesDataset>('sources.json', () =>
  import('@/lib/sources-schema').then((m) => m.sourcesDataset),
);
