import type { PeopleDataset, Person } from '../schema';

/** The person with this id, if the data has them. */
export function findPerson(data: PeopleDataset, id: string): Person | undefined {
  return data.people.find((p) => p.id === id);
}
