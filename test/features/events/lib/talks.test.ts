import { describe, expect, it } from 'vitest';
import { eventHref, personTalks, talksInYears } from '@/features/events/lib/talks';
import { event, eventsDataset } from '../../../fixtures/events';

describe('a person’s talks', () => {
  const data = eventsDataset({
    events: [
      event({
        id: 'one',
        year: 2023,
        date: '2023-03-01',
        talks: [
          { title: { zh: '甲' }, speakers: [{ name: 'Ada', personId: 'ada' }] },
          { title: { zh: '乙' }, speakers: [{ name: 'Bo', personId: 'bo' }] },
          { title: { zh: '甲 ' }, speakers: [{ name: 'Ada', personId: 'ada' }] },
        ],
      }),
      event({
        id: 'two',
        date: '2024-01-01',
        talks: [
          {
            title: { zh: '丙' },
            speakers: [
              { name: 'Bo', personId: 'bo' },
              { name: 'Ada', personId: 'ada' },
            ],
          },
        ],
      }),
      event({ id: 'three', date: null, talks: [{ title: { zh: '丁' }, speakers: [{ name: 'Ada', personId: 'ada' }] }] }),
      event({ id: 'four', date: '2024-09-01', talks: [{ title: { zh: '戊' }, speakers: [{ name: 'Ada', personId: 'ada' }] }] }),
      event({ id: 'five', talks: [{ title: { zh: '己' }, speakers: [{ name: 'Ada' }] }] }),
    ],
  });

  it('are every talk they spoke in, with its event, a title repeated at one event once', () => {
    expect(personTalks(data, 'ada').map(({ event: e, talk }) => `${e.id}:${talk.title.zh}`)).toEqual([
      'one:甲',
      'two:丙',
      'three:丁',
      'four:戊',
    ]);
    expect(personTalks(data, 'nobody')).toEqual([]);
  });

  it('of some years, most recent first, undated last in their year', () => {
    const ada = personTalks(data, 'ada');
    expect(talksInYears(ada, [2024]).map(({ event: e }) => e.id)).toEqual(['four', 'two', 'three']);
    expect(talksInYears(ada, [2023, 2024]).map(({ event: e }) => e.id)).toEqual(['four', 'two', 'three', 'one']);
    expect(talksInYears(ada, [2020])).toEqual([]);
  });

  it('link to their event in its year’s list', () => {
    expect(eventHref({ id: 'seaside-2024', year: 2024 })).toBe('/events?year=2024#seaside-2024');
  });
});
