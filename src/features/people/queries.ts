import { datasetQueryOptions } from '@/lib/dataset-query';
import { peopleDataset } from './schema';

export const PEOPLE_FILE = 'people.json';
export const peopleQuery = datasetQueryOptions(PEOPLE_FILE, peopleDataset);
