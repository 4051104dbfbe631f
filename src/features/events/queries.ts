import { datasetQueryOptions } from '@/lib/dataset-query';
import { eventsDataset } from './schema';

export const EVENTS_FILE = 'events.json';
export const eventsQuery = datasetQueryOptions(EVENTS_FILE, eventsDataset);
