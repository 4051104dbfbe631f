import { defineDataset, useDataset } from '@/lib/dataset';
import type { EventsDataset } from '@/features/events/schema';

export const eventsData = defineDataset<EventsDataset>('events.json', () =>
  import('@/features/events/schema').then((m) => m.eventsDataset),
);
export const useEvents = () => useDataset(eventsData);
