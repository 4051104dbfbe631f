import { datasetQueryOptions } from '@/lib/dataset-query';
import type { PeopleDataset } from './schema';

export const PEOPLE_FILE = 'people.json';
export const peopleQuery = datasetQueryOptions<PeopleDataset>(PEOPLE_FILE, () => import('./schema').then((m) => m.peopleDataset));
