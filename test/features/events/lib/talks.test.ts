import { describe, expect, it } from 'vitest';
import { eventHref, personTalks } from '@/features/events/lib/talks';
import { event, eventsDataset } from '../../../fixtures/events';

describe('a person’s talks', () => {
  it('are every talk they spoke in, with its event, in the events’ order', () => {
    const data = eventsDataset({
      events: [
        event({ id: 'one', talks: [{ title: { zh: '甲' }, speakers: [{ name: 'Ada', personId: 'ada' }] }, { title: { zh: '乙' }, speakers: [{ name: 'Bo', personId: 'bo' }] }] }),
        event({ id: 'two', talks: [{ title: { zh: '丙' }, speakers: [{ name: 'Bo', personId: 'bo' }, { name: 'Ada', personId: 'ada' }] }] }),
        event({ id: 'three', talks: [{ title: { zh: '丁' }, speakers: [{ name: 'Ada' }] }] }),
      ],
    });
    expect(personTalks(data, 'ada').map(({ event: e, talk }) => `${e.id}:${talk.title.zh}`)).toEqual(['one:甲', 'two:丙']);
    expect(personTalks(data, 'nobody')).toEqual([]);
  });

  it('link to their event in its year’s list', () => {
    expect(eventHref({ id: 'seaside-2024', year: 2024 })).toBe('/events?year=2024#seaside-2024');
  });
});
