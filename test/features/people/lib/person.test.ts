import { describe, expect, it } from 'vitest';
import { aboutRecord, findPerson, personYears } from '@/features/people/lib/person';
import { peopleDataset, person, roleEntry } from '../../../fixtures/people';
import { POST_2023, POST_2024 } from '../../../fixtures/sources';

describe('findPerson', () => {
  it('finds a person by id, and no one for an unknown id', () => {
    const data = peopleDataset();
    expect(findPerson(data, 'bo-chen')?.name).toBe('Bo Chen');
    expect(findPerson(data, 'nobody')).toBeUndefined();
  });
});

describe('personYears', () => {
  it('gives each role once per year, most recent year first, with every listed name, certificate and source', () => {
    const p = person({
      id: 'm',
      name: 'Mei Tan',
      roles: [
        roleEntry({ role: 'speaker', year: 2023, listedAs: 'Mei Tan', certificate: 'https://example.org/c1', source: POST_2023 }),
        roleEntry({ role: 'speaker', year: 2023, listedAs: 'Mei Tan', certificate: 'https://example.org/c1', source: POST_2024 }),
        roleEntry({ role: 'member', year: 2024, listedAs: 'meitan' }),
        roleEntry({ role: 'ambassador', year: 2024, listedAs: 'Mei T.' }),
      ],
    });
    expect(personYears(p)).toEqual([
      {
        year: 2024,
        roles: [
          { role: 'ambassador', listedAs: ['Mei T.'], certificates: [], sources: [POST_2024] },
          { role: 'member', listedAs: ['meitan'], certificates: [], sources: [POST_2024] },
        ],
      },
      {
        year: 2023,
        roles: [{ role: 'speaker', listedAs: ['Mei Tan'], certificates: ['https://example.org/c1'], sources: [POST_2023, POST_2024] }],
      },
    ]);
  });
});

describe('aboutRecord', () => {
  it('says each kind of evidence once, how often it was found, and where', () => {
    const p = person({
      id: 'm',
      name: 'M',
      evidence: [
        { kind: 'same-certificate', detail: 'https://example.org/a', source: POST_2023 },
        { kind: 'pinyin-is-slug', detail: 'x' },
        { kind: 'same-certificate', detail: 'https://example.org/b', source: POST_2023 },
        { kind: 'same-certificate', detail: 'https://example.org/c', source: POST_2024 },
      ],
    });
    expect(aboutRecord(p)).toEqual([
      { kind: 'same-certificate', times: 3, sources: [POST_2023, POST_2024] },
      { kind: 'pinyin-is-slug', times: 1, sources: [] },
    ]);
    expect(aboutRecord(person({ id: 'n', name: 'N' }))).toEqual([]);
  });
});
