import { defineDataset, useDataset } from '@/lib/dataset';
import type { PeopleDataset } from './schema';

export const peopleData = defineDataset<PeopleDataset>('people.json', () => import('./schema').then((m) => m.peopleDataset));
export const usePeople = () => useDataset(peopleData);
