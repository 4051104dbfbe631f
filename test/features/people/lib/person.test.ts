import { describe, expect, it } from 'vitest';
import { findPerson } from '@/features/people/lib/person';
import { peopleDataset } from '../../../fixtures/people';

describe('findPerson', () => {
  it('finds a person by id, and no one for an unknown id', () => {
    const data = peopleDataset();
    expect(findPerson(data, 'bo-chen')?.name).toBe('Bo Chen');
    expect(findPerson(data, 'nobody')).toBeUndefined();
  });
});
