import { defineDataset, useDataset } from '@/lib/dataset';
import type { EventsDataset } from './schema';

export const eventsData = defineDataset<EventsDataset>('events.json', () => import('./schema').then((m) => m.eventsDataset));
export const useEvents = () => useDataset(eventsData);
