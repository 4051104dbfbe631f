/**
 * Share cards: the 1200×630 PNG a chat or social app shows for a shared link, one per page and
 * language (each route, each person, each year of the overview), drawn at build with satori (layout
 * and text to SVG) and resvg (SVG to PNG) in the committed font subset. A card holds the page's title,
 * its key figure, the community's name and colour; a person's card their name in both scripts and
 * their roles by year. Every figure is one the page shows, from the validated data.
 * Loaded through tsx by the data plugin (it imports the app's catalogues with the `@/` alias).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { createElement, type CSSProperties, type ReactElement } from 'react';
import satori from 'satori';
import { formatIsoDate, type Lang } from '@/lib/i18n/format';
import type { CommunityDataset } from '@/features/community/schema';
import type { EventsDataset } from '@/features/events/schema';
import type { PeopleDataset, Person } from '@/features/people/schema';
import type { StarsDataset, StarSnapshotsDataset } from '@/features/stars/schema';
import { latestStars, palettes } from './embeds.ts';
import { fontCoverage, FONTS, missingCharacters, readFonts } from './lib/fonts.ts';
import { translator } from './lib/messages.ts';

export const CARD = { width: 1200, height: 630 } as const;
/** Chinese cards set punctuation full-width (the CJK font first); English ones proportional (DejaVu first: its subset holds only punctuation and the letters the CJK font lacks). */
const FAMILY: Record<Lang, string> = {
  zh: FONTS.map((f) => `'${f.family}'`).join(', '),
  en: [...FONTS]
    .reverse()
    .map((f) => `'${f.family}'`)
    .join(', '),
};

export type CardInput = {
  community: CommunityDataset;
  people: PeopleDataset;
  events: EventsDataset;
  stars: StarsDataset;
  snapshots: StarSnapshotsDataset | undefined;
  css: string;
};

/** What one card says: plain text only, so a card's content can be hashed, checked and tested. */
export type CardContent = {
  /** The page the card is for: `people/ada-lin`, `overview-2022`, `stars`… (the PNG's file name). */
  page: string;
  lang: Lang;
  community: string;
  title: string;
  subtitle?: string;
  figure?: { value: string; label: string };
  lines?: string[];
  footer: string;
};

/** A person's name in both scripts where both are published: the reader's script first. */
export function personTitle(person: Person, lang: Lang): { title: string; subtitle?: string } {
  if (!person.nameZh || person.nameZh === person.name) return { title: person.name };
  return lang === 'zh' ? { title: person.nameZh, subtitle: person.name } : { title: person.name, subtitle: person.nameZh };
}

/** "2022 · Ambassador, Talented Speaker", newest year first; at most `max` lines, then how many more years. */
export function rolesByYear(person: Person, lang: Lang, max = 5): string[] {
  const { t } = translator(lang);
  const years = new Map<number, string[]>();
  for (const r of person.roles) {
    const label = t(`role.${r.role}`);
    const list = years.get(r.year) ?? [];
    if (!list.includes(label)) list.push(label);
    years.set(r.year, list);
  }
  const sorted = [...years.entries()].sort((a, b) => b[0] - a[0]);
  const separator = lang === 'zh' ? '、' : ', ';
  const lines = sorted.slice(0, max).map(([year, roles]) => `${formatIsoDate(String(year), lang)} · ${roles.join(separator)}`);
  if (sorted.length > max) lines.push(t('cards.moreYears', { count: sorted.length - max }));
  return lines;
}

/**
 * A year of the overview: how many people its lists name, the largest lists by role, and how many events it lists (as listed,
 * the page itself sets them beside what the posts state).
 */
export function yearContent(
  input: Pick<CardInput, 'people' | 'events'>,
  lang: Lang,
  year: number,
): Omit<CardContent, 'lang' | 'community' | 'footer'> {
  const { t, number } = translator(lang);
  const named = new Set<string>();
  const byRole = new Map<Person['roles'][number]['role'], Set<string>>();
  for (const person of input.people.people) {
    for (const r of person.roles) {
      if (r.year !== year) continue;
      named.add(person.id);
      const ids = byRole.get(r.role) ?? new Set<string>();
      ids.add(person.id);
      byRole.set(r.role, ids);
    }
  }
  const events = input.events.events.filter((e) => e.year === year).length;
  // What fits under the figure: the two largest lists, and the events.
  const lines = [...byRole]
    .sort((a, b) => b[1].size - a[1].size)
    .slice(0, events > 0 ? 2 : 3)
    .map(([role, ids]) => `${t(`role.${role}`)} · ${t('overview.listedNames', { count: number(ids.size) })}`);
  if (events > 0) lines.push(`${t('events.title')} · ${t('overview.listedEvents', { count: number(events) })}`);
  return {
    page: `overview-${String(year)}`,
    title: t('overview.highlights', { year: String(year) }),
    figure: named.size > 0 ? { value: number(named.size), label: t('cards.yearPeople') } : undefined,
    lines,
  };
}

/** Every card of the site in one language: each route's, each year's and each person's. */
export function cardContents(input: CardInput, lang: Lang, asOf: string): CardContent[] {
  const { t, number } = translator(lang);
  const community = lang === 'zh' ? input.community.name.zh : input.community.name.en;
  const footer = t('cards.footer', { date: formatIsoDate(asOf, lang) });
  const base = { lang, community, footer };
  const main = input.stars.projects[0]?.repo;
  const stars = main === undefined ? undefined : latestStars(input.stars, input.snapshots, main);
  const starsFigure = stars && {
    value: `${number(stars.value)}${stars.atLeast ? '+' : ''}`,
    label: t('cards.starsAsOf', { date: formatIsoDate(stars.date, lang) }),
  };
  const years = input.community.years;
  const cards: CardContent[] = [
    {
      ...base,
      page: 'overview',
      title: t('overview.title'),
      figure: starsFigure,
      subtitle: t('overview.headline.yearsRange', { from: String(years.from), to: String(years.to) }),
    },
    { ...base, page: 'stars', title: t('stars.title'), figure: starsFigure },
    {
      ...base,
      page: 'people',
      title: t('people.title'),
      figure: { value: number(input.people.people.length), label: t('overview.headline.people') },
    },
    {
      ...base,
      page: 'events',
      title: t('events.title'),
      figure: { value: number(input.events.events.length), label: t('overview.headline.events') },
    },
    { ...base, page: 'media', title: t('media.title') },
    {
      ...base,
      page: 'community',
      title: t('community.title'),
      figure: { value: number(years.to - years.from + 1), label: t('overview.headline.years') },
    },
    { ...base, page: 'about', title: t('about.title') },
  ];
  for (let year = years.from; year <= years.to; year += 1) cards.push({ ...base, ...yearContent(input, lang, year) });
  for (const person of input.people.people) {
    cards.push({ ...base, page: `people/${person.id}`, ...personTitle(person, lang), lines: rolesByYear(person, lang) });
  }
  return cards;
}

/** Every text a card draws. */
export function cardTexts(card: CardContent): string[] {
  return [
    card.community,
    card.title,
    card.subtitle ?? '',
    card.figure?.value ?? '',
    card.figure?.label ?? '',
    ...(card.lines ?? []),
    card.footer,
  ];
}

const h = (type: 'div', style: CSSProperties, ...children: (ReactElement | string | undefined | false)[]): ReactElement =>
  createElement(type, { style }, ...children.filter((c) => c !== undefined && c !== false));

function layout(card: CardContent, colours: ReturnType<typeof palettes>['light']): ReactElement {
  const longTitle = card.title.length > 24;
  return h(
    'div',
    { width: '100%', height: '100%', display: 'flex', background: colours.bg, fontFamily: FAMILY[card.lang] },
    h('div', { width: 24, height: '100%', background: colours.accent }),
    h(
      'div',
      { display: 'flex', flexDirection: 'column', flexGrow: 1, padding: '56px 72px 48px 64px' },
      h('div', { fontSize: 30, fontWeight: 700, color: colours.accent }, card.community),
      h(
        'div',
        { display: 'flex', flexDirection: 'column', flexGrow: 1, justifyContent: 'center' },
        h('div', { fontSize: longTitle ? 56 : 72, fontWeight: 700, color: colours.ink, lineHeight: 1.15 }, card.title),
        card.subtitle !== undefined && h('div', { fontSize: 36, color: colours.muted, marginTop: 12 }, card.subtitle),
        card.figure &&
          h(
            'div',
            { display: 'flex', alignItems: 'baseline', marginTop: 28 },
            h('div', { fontSize: 88, fontWeight: 700, color: colours.accent, marginRight: 24 }, card.figure.value),
            h('div', { fontSize: 32, color: colours.muted }, card.figure.label),
          ),
        card.lines &&
          h(
            'div',
            { display: 'flex', flexDirection: 'column', marginTop: 24 },
            ...card.lines.map((line) => h('div', { fontSize: 30, color: colours.ink, marginTop: 8 }, line)),
          ),
      ),
      h('div', { fontSize: 24, color: colours.muted }, card.footer),
    ),
  );
}

export type CardRenderer = {
  /** The card as PNG; `fresh` when it was drawn now, not taken from the cache. */
  render: (card: CardContent) => Promise<{ png: Buffer; fresh: boolean }>;
  missing: (cards: readonly CardContent[]) => string[];
};

/** Loads the fonts once; `render` draws a card to PNG, reusing `cacheDir` entries whose content did not change. */
export async function cardRenderer(css: string, communityColour: string | undefined, cacheDir?: string): Promise<CardRenderer> {
  const files = readFonts();
  const covered = new Set<number>();
  for (const file of files) if (file.weight === 400) for (const c of await fontCoverage(file.data)) covered.add(c);
  const colours = palettes(css, communityColour).light;
  const fonts = files.map((f) => ({ name: f.family, data: Buffer.from(f.data), weight: f.weight, style: 'normal' as const }));
  const hash = createHash('sha256');
  for (const f of files) hash.update(f.data);
  const version = hash.update(JSON.stringify(colours)).update('layout-1').digest('hex');
  if (cacheDir) mkdirSync(cacheDir, { recursive: true });
  return {
    missing: (cards) => missingCharacters(cards.flatMap(cardTexts), covered),
    async render(card) {
      const key = createHash('sha256').update(version).update(JSON.stringify(card)).digest('hex').slice(0, 32);
      const cached = cacheDir && join(cacheDir, `${key}.png`);
      if (cached && existsSync(cached)) return { png: readFileSync(cached), fresh: false };
      const svg = await satori(layout(card, colours), { ...CARD, fonts });
      // Satori draws text as paths: resvg needs no font, and scanning the system's would only cost time.
      const png = new Resvg(svg, { fitTo: { mode: 'width', value: CARD.width }, font: { loadSystemFonts: false } }).render().asPng();
      if (cached) writeFileSync(cached, png);
      return { png, fresh: true };
    },
  };
}
