import { describe, expect, it } from 'vitest';
import { peopleHeadline, peopleYearCards } from '@/features/people/lib/year-cards';
import { peopleDataset, person, roleCount, roleEntry } from '../../fixtures/people';

describe('peopleYearCards', () => {
  const data = peopleDataset({
    people: [
      person({
        id: 'ann',
        name: 'Ann',
        roles: [roleEntry({ role: 'speaker', year: 2023 }), roleEntry({ role: 'contributor', year: 2023 })],
      }),
      person({ id: 'bo', name: 'Bo', roles: [roleEntry({ role: 'speaker', year: 2023 })] }),
    ],
    counts: [roleCount({ role: 'speaker', year: 2023, stated: 3 }), roleCount({ role: 'member', year: 2023, stated: 4 })],
  });
  const cards = peopleYearCards(data, 2023);
  const card = (id: string) => cards.find((c) => c.id === id);

  it('gives a stated total as stated, with the names listed when they differ', () => {
    expect(card('speakers')).toMatchObject({ value: 3, basis: 'stated', detail: { key: 'overview.listedNames', count: 2 } });
  });

  it('counts the list where no total is stated, and says nothing was published where neither exists', () => {
    expect(card('contributors')).toMatchObject({ value: 1, basis: 'listed' });
    expect(card('ambassadors')).toMatchObject({ value: null, basis: null, href: undefined });
  });

  it('links to the people listed in that role and year, and never to an empty list', () => {
    expect(card('speakers')?.href).toBe('/people?role=speaker&year=2023');
    // 4 members stated, none named: the list would be empty.
    expect(card('members')).toMatchObject({ value: 4, href: undefined });
  });

  it('heads the overview with everyone named, linked to the people page, or not published when nobody is', () => {
    expect(peopleHeadline(data)).toMatchObject({ value: 2, basis: 'listed', href: '/people' });
    expect(peopleHeadline(peopleDataset({ people: [] }))).toMatchObject({ value: null, href: undefined });
    expect(peopleHeadline(data).detail).toBeUndefined();
  });

  it('the headline says that people not shown at their request exist, at least as many as any one role-year counts', () => {
    const withheld = peopleDataset({
      withheld: [
        { role: 'contributor', year: 2023, people: 2 },
        { role: 'speaker', year: 2023, people: 1 },
      ],
    });
    expect(peopleHeadline(withheld).detail).toEqual({ key: 'overview.headline.peopleWithheld', count: 2 });
  });
});
