import { defineDataset } from './dataset';
import type { SourcesDataset } from './sources-schema';

/** sources.json: every post the data cites, with its title and date. */
export const sourcesData = defineDataset<SourcesDataset>('sources.json', () => import('./sources-schema').then((m) => m.sourcesDataset));
