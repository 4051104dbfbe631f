import { datasetQueryOptions } from '@/lib/dataset-query';
import type { EventsDataset } from './schema';

export const EVENTS_FILE = 'events.json';
export const eventsQuery = datasetQueryOptions<EventsDataset>(EVENTS_FILE, () => import('./schema').then((m) => m.eventsDataset));
