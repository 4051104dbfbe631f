import { defineDataset, useDataset } from '@/lib/dataset';
import type { PeopleDataset } from '@/features/people/schema';

export const peopleData = defineDataset<PeopleDataset>('people.json', () =>
  import('@/features/people/schema').then((m) => m.peopleDataset),
);
export const usePeople = () => useDataset(peopleData);
