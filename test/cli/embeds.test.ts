import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { badgeSvg, embedFiles, latestStars, palettes, peopleInLatestYear, type EmbedInput } from '@/cli/embeds';
import { communityDataset } from '../fixtures/community';
import { peopleDataset, person, roleEntry } from '../fixtures/people';
import { starPoint, starsDataset, starSnapshotsDataset } from '../fixtures/stars';

const css = readFileSync(resolve(import.meta.dirname, '../../src/styles.css'), 'utf8');

function input(overrides: Partial<EmbedInput> = {}): EmbedInput {
  return {
    community: communityDataset(),
    stars: starsDataset(),
    snapshots: starSnapshotsDataset(),
    people: peopleDataset(),
    css,
    ...overrides,
  };
}

function parse(svg: string): Document {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(doc.querySelector('parsererror')).toBeNull();
  return doc;
}

/** What makes an SVG unsafe or dependent on the page that shows it. */
function hazards(doc: Document): string[] {
  const found: string[] = [];
  for (const el of doc.querySelectorAll('*')) {
    const name = el.localName;
    if (['script', 'foreignObject', 'style', 'image', 'use', 'a'].includes(name)) found.push(`<${name}>`);
    for (const attr of el.attributes) {
      if (/^on/i.test(attr.name)) found.push(`${name}[${attr.name}]`);
      if (/href$/i.test(attr.name)) found.push(`${name}[${attr.name}]`);
      if (attr.name === 'style') found.push(`${name}[style]`);
      if (/url\(|var\(/.test(attr.value)) found.push(`${name}[${attr.name}=${attr.value}]`);
    }
  }
  return found;
}

describe('README images (embed/)', () => {
  it('writes the stars chart and both badges, light and dark, in each language', () => {
    const names = embedFiles(input()).map((f) => f.fileName);
    for (const lang of ['en', 'zh'])
      for (const theme of ['light', 'dark'])
        for (const name of ['stars', 'badge-stars', 'badge-people']) expect(names).toContain(`embed/${lang}/${name}-${theme}.svg`);
    expect(names).toHaveLength(12);
  });

  it('draws self-contained SVG: resolved colours, no script, link, style, external reference or CSS variable', () => {
    for (const file of embedFiles(input())) {
      const doc = parse(file.source);
      expect(hazards(doc), file.fileName).toEqual([]);
      expect(doc.documentElement.getAttribute('role')).toBe('img');
      expect(doc.querySelector('title')?.textContent).toBeTruthy();
    }
  });

  it('light and dark differ by their colours, taken from the design tokens', () => {
    const files = new Map(embedFiles(input()).map((f) => [f.fileName, f.source]));
    const { light, dark } = palettes(css);
    expect(files.get('embed/en/stars-light.svg')).toContain(`fill="${light.bg}"`);
    expect(files.get('embed/en/stars-dark.svg')).toContain(`fill="${dark.bg}"`);
    expect(light.bg).not.toBe(dark.bg);
  });

  it('names the community and the date of the latest figure, in the reader’s language', () => {
    const files = new Map(embedFiles(input()).map((f) => [f.fileName, f.source]));
    const community = communityDataset();
    const en = parse(files.get('embed/en/stars-light.svg') ?? '');
    const zh = parse(files.get('embed/zh/stars-light.svg') ?? '');
    expect(en.querySelector('title')?.textContent).toContain(community.name.en);
    expect(zh.querySelector('title')?.textContent).toContain(community.name.zh);
    expect(en.documentElement.textContent).toContain('Dec 31, 2024');
    expect(zh.documentElement.textContent).toContain('2024年12月31日');
  });

  it('escapes markup in data text instead of drawing it', () => {
    const community = communityDataset();
    const hostile = { ...community, name: { ...community.name, en: '<script>alert(1)</script> & co' } };
    const svg = embedFiles(input({ community: hostile })).find((f) => f.fileName === 'embed/en/stars-light.svg')?.source ?? '';
    const doc = parse(svg);
    expect(doc.querySelector('script')).toBeNull();
    expect(doc.querySelector('title')?.textContent).toContain('<script>alert(1)</script> & co');
  });

  it('the stars badge shows the latest sourced figure: a lower bound keeps its “+”', () => {
    const stars = starsDataset({ points: [starPoint({ date: '2025-03-01', value: 2000, kind: 'at-least' })] });
    expect(latestStars(stars, starSnapshotsDataset(), 'testland/core')).toEqual({ date: '2025-03-01', value: 2000, atLeast: true });
    const badge = embedFiles(input({ stars })).find((f) => f.fileName === 'embed/en/badge-stars-light.svg')?.source ?? '';
    expect(parse(badge).documentElement.textContent).toContain('2,000+');
    // A later snapshot wins over an older published figure.
    const older = starsDataset({ points: [starPoint({ date: '2023-01-01', value: 500 })] });
    expect(latestStars(older, starSnapshotsDataset(), 'testland/core')).toEqual({ date: '2024-06-01', value: 1000, atLeast: false });
  });

  it('the people badge counts distinct people listed in the latest year', () => {
    const people = peopleDataset({
      people: [
        person({
          id: 'a',
          name: 'A',
          roles: [roleEntry({ year: 2023 }), roleEntry({ year: 2024 }), roleEntry({ role: 'speaker', year: 2024 })],
        }),
        person({ id: 'b', name: 'B', roles: [roleEntry({ year: 2024 })] }),
        person({ id: 'c', name: 'C', roles: [roleEntry({ year: 2023 })] }),
      ],
    });
    expect(peopleInLatestYear(people)).toEqual({ year: 2024, count: 2, notShown: 0 });
    // Two roles not shown in 2024: at least one more person, maybe two.
    const withheld = {
      ...people,
      withheld: [
        { role: 'member' as const, year: 2024, people: 1 },
        { role: 'speaker' as const, year: 2024, people: 1 },
      ],
    };
    expect(peopleInLatestYear(withheld)).toEqual({ year: 2024, count: 2, notShown: 1 });
    const badge = embedFiles(input({ people: withheld })).find((f) => f.fileName === 'embed/en/badge-people-light.svg')?.source ?? '';
    expect(parse(badge).documentElement.textContent).toContain('3+');
    expect(parse(badge).querySelector('title')?.textContent).toBe(
      '2 people listed in 2024, and at least 1 more not shown at their request',
    );
    expect(peopleInLatestYear(peopleDataset({ people: [] }))).toBeUndefined();
  });

  it('a badge is as wide as its text, Chinese included', () => {
    const { light } = palettes(css);
    const width = (svg: string) => Number(parse(svg).documentElement.getAttribute('width'));
    expect(width(badgeSvg('people in 2024', '72', light, 't'))).toBeGreaterThan(width(badgeSvg('people', '72', light, 't')));
    expect(width(badgeSvg('2024 年列出的人', '72', light, 't'))).toBeGreaterThan(width(badgeSvg('2024 年', '72', light, 't')));
  });

  it('the community’s colour replaces the accent and the first series, made readable per theme', () => {
    const { light, dark } = palettes(css, '#00a971');
    const defaults = palettes(css);
    expect(light.accent).not.toBe(defaults.light.accent);
    expect(light.series[0]).toBe(light.accent);
    expect(dark.accent).not.toBe(defaults.dark.accent);
    const svg = embedFiles(input({ community: { ...communityDataset(), color: '#00a971' } })).find(
      (f) => f.fileName === 'embed/en/badge-stars-light.svg',
    );
    expect(svg?.source).toContain(`fill="${light.accent}"`);
  });

  it('a stylesheet without the tokens is an error that names the token', () => {
    expect(() => palettes(':root { --c-bg: #fff; }')).toThrow(/--c-surface/);
  });
});
