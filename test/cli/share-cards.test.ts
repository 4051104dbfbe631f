import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cardContents, cardRenderer, personTitle, rolesByYear, type CardContent, type CardInput } from '@/cli/share-cards';
import { communityDataset } from '../fixtures/community';
import { eventsDataset } from '../fixtures/events';
import { peopleDataset, person, roleEntry } from '../fixtures/people';
import { starsDataset, starSnapshotsDataset } from '../fixtures/stars';

const css = readFileSync(resolve(import.meta.dirname, '../../src/styles.css'), 'utf8');
const input = (): CardInput => ({
  community: communityDataset(),
  people: peopleDataset(),
  events: eventsDataset(),
  stars: starsDataset(),
  snapshots: starSnapshotsDataset(),
  css,
});
const cache = mkdtempSync(join(tmpdir(), 'cards-'));
afterAll(() => rmSync(cache, { recursive: true, force: true }));

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Buffer): [number, number] {
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
}

describe('share cards: what each card says', () => {
  it('one card per route, per year of the overview and per person, in each language', () => {
    for (const lang of ['en', 'zh'] as const) {
      const pages = cardContents(input(), lang, '2024-12-31').map((c) => c.page);
      expect(pages).toEqual([
        'overview',
        'stars',
        'people',
        'events',
        'media',
        'community',
        'about',
        'overview-2023',
        'overview-2024',
        'people/ada-lin',
        'people/bo-chen',
        'people/cleo-park',
      ]);
    }
  });

  it('a year’s card counts the people its lists name and the events it lists, as listed', () => {
    const card = cardContents(input(), 'en', '2024-12-31').find((c) => c.page === 'overview-2024');
    expect(card?.title).toBe('2024 at a glance');
    const named = new Set(
      input()
        .people.people.filter((p) => p.roles.some((r) => r.year === 2024))
        .map((p) => p.id),
    );
    expect(card?.figure).toEqual({ value: String(named.size), label: 'people named in the year’s lists' });
    const events = eventsDataset().events.filter((e) => e.year === 2024).length;
    expect(card?.lines?.at(-1)).toBe(`Events · ${String(events)} listed by name`);
  });

  it('the overview and stars cards lead with the latest sourced star figure; people and events with their counts', () => {
    const cards = new Map(cardContents(input(), 'en', '2024-12-31').map((c) => [c.page, c]));
    expect(cards.get('stars')?.figure).toEqual({ value: '1,200', label: 'GitHub stars (Dec 31, 2024)' });
    expect(cards.get('people')?.figure?.value).toBe('3');
    expect(cards.get('events')?.figure?.value).toBe(String(eventsDataset().events.length));
    expect(cards.get('overview')?.community).toBe('Testland Community');
    expect(cards.get('about')?.footer).toContain('Dec 31, 2024');
  });

  it('a person’s card has their name in both scripts, the reader’s first, and their roles by year, newest first', () => {
    const ada = peopleDataset().people[0];
    if (!ada) throw new Error('fixture');
    expect(personTitle(ada, 'en')).toEqual({ title: 'Ada Lin', subtitle: '林艾达' });
    expect(personTitle(ada, 'zh')).toEqual({ title: '林艾达', subtitle: 'Ada Lin' });
    expect(rolesByYear(ada, 'en')).toEqual(['2024 · Ambassador', '2023 · Talented Speaker']);
    expect(rolesByYear(ada, 'zh')[0]).toMatch(/^2024年 · /);
  });

  it('two roles in one year share a line; past the limit, the card says how many years are left', () => {
    const busy = person({
      id: 'busy',
      name: 'Busy Bee',
      roles: [2019, 2020, 2021, 2022, 2023, 2024].flatMap((year) => [roleEntry({ year }), roleEntry({ role: 'member', year })]),
    });
    const lines = rolesByYear(busy, 'en', 3);
    expect(lines).toEqual(['2024 · Contributor, Member', '2023 · Contributor, Member', '2022 · Contributor, Member', 'and 3 more years']);
  });
});

describe('share cards: drawing', () => {
  const card: CardContent = {
    page: 'people/ada-lin',
    lang: 'en',
    community: 'Testland Community',
    title: 'Ada Lin',
    subtitle: 'Onur Canoğlu',
    lines: ['2024 · Ambassador'],
    footer: 'data as of Dec 31, 2024',
  };

  it('draws a 1200×630 PNG and reuses it while its content is unchanged', async () => {
    const renderer = await cardRenderer(css, undefined, cache);
    const first = await renderer.render(card);
    expect(first.fresh).toBe(true);
    expect(pngSize(first.png)).toEqual([1200, 630]);
    const again = await renderer.render(card);
    expect(again.fresh).toBe(false);
    expect(again.png.equals(first.png)).toBe(true);
    const changed = await renderer.render({ ...card, title: 'Ada Lin-Park' });
    expect(changed.fresh).toBe(true);
    expect(readdirSync(cache)).toHaveLength(2);
  });

  it('names every character the committed fonts lack, once', async () => {
    const renderer = await cardRenderer(css, undefined);
    expect(renderer.missing([card])).toEqual([]);
    expect(renderer.missing([{ ...card, title: '龘 Ada 龘', lines: ['𓀀'] }])).toEqual(['龘', '𓀀']);
  });
});
