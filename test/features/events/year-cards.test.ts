import { describe, expect, it } from 'vitest';
import { eventsHeadline, eventYearCards } from '@/features/events/lib/year-cards';
import { event, eventsDataset } from '../../fixtures/events';

describe('eventYearCards', () => {
  const data = eventsDataset({
    events: [
      event({ id: 'm1', year: 2024, mode: 'offline' }),
      event({ id: 'm2', year: 2024, mode: 'offline' }),
      event({ id: 'l1', year: 2024, type: 'live', mode: 'online' }),
      event({ id: 'l0', year: 2022, type: 'live', mode: 'online' }),
    ],
    stated: [{ year: 2024, type: 'live', count: 3, wording: { zh: '3 场直播', en: '3 live streams' }, source: 'https://example.org/p' }],
  });
  const card = (year: number, id: string) => eventYearCards(data, year).find((c) => c.id === id);

  it('counts listed meetups per mode, 0 for a mode with none in a year that lists meetups', () => {
    expect(card(2024, 'meetups-offline')).toMatchObject({ value: 2, basis: 'listed', href: '/events?type=meetup&year=2024&mode=offline' });
    expect(card(2024, 'meetups-online')).toMatchObject({ value: 0, basis: 'listed', href: undefined });
  });

  it('counts a hybrid meetup (offline and streamed at once) as offline, as the posts do; the online card says how many were streamed', () => {
    const hybrid = eventsDataset({
      events: [
        event({ id: 'h1', year: 2023, mode: 'hybrid' }),
        event({ id: 'h2', year: 2023, mode: 'hybrid' }),
        event({ id: 'o1', year: 2023, mode: 'online' }),
      ],
      stated: [],
    });
    const cards = eventYearCards(hybrid, 2023);
    expect(cards.find((c) => c.id === 'meetups-offline')).toMatchObject({ value: 2, href: '/events?type=meetup&year=2023&mode=offline' });
    expect(cards.find((c) => c.id === 'meetups-online')).toMatchObject({
      value: 1,
      detail: { key: 'overview.hybridStreamed', count: 2 },
      href: '/events?type=meetup&year=2023&mode=online',
    });
  });

  it('says meetups were not published in a year that lists none', () => {
    expect(card(2022, 'meetups-offline')).toMatchObject({ value: null, basis: null, href: undefined });
  });

  it('prefers a stated live-stream total and says how many are listed', () => {
    expect(card(2024, 'live')).toMatchObject({
      value: 3,
      basis: 'stated',
      detail: { key: 'overview.listedEvents', count: 1 },
      href: '/events?type=live&year=2024',
    });
  });

  it('heads the overview with every listed event, linked to the events page', () => {
    expect(eventsHeadline(data)).toMatchObject({ value: 4, basis: 'listed', href: '/events' });
    expect(eventsHeadline(eventsDataset({ events: [] }))).toMatchObject({ value: null, href: undefined });
  });
});
