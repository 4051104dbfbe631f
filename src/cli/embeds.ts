/**
 * Images for a project's README, written into the build's `embed/` folder: the stars chart and two
 * badges (the latest star figure, the people listed in the latest year), in light and dark, in each
 * language. Plain SVG with resolved colours (from the design tokens in src/styles.css), system font
 * names only (no font is fetched), no script, no link: an <img> or <picture> shows them anywhere.
 * Loaded through tsx by the data plugin (it imports the app's own derivations with the `@/` alias).
 */
import { formatIsoDate, type Lang } from '@/lib/i18n/format';
import { escapeMarkup, translator } from './lib/messages.ts';
import { starSeries } from '@/features/stars/lib/series';
import type { PeopleDataset } from '@/features/people/schema';
import type { StarsDataset, StarSnapshotsDataset } from '@/features/stars/schema';
import type { CommunityDataset } from '@/features/community/schema';
import { communityTokens, declaredTokens } from './vite-theme-plugin.ts';

export type EmbedInput = {
  community: CommunityDataset;
  stars: StarsDataset;
  snapshots: StarSnapshotsDataset | undefined;
  people: PeopleDataset;
  /** The text of src/styles.css: its :root and .dark custom properties give the colours. */
  css: string;
};
export type EmbedFile = { fileName: string; source: string };
type Theme = 'light' | 'dark';
type Palette = {
  bg: string;
  surface: string;
  ink: string;
  muted: string;
  line: string;
  accent: string;
  onAccent: string;
  series: string[];
};

const THEMES: readonly Theme[] = ['light', 'dark'];
const LANGS: readonly Lang[] = ['en', 'zh'];
const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif";

/** A theme's tokens resolved: the community's value where a token defers to one (`overrides`), else its own. */
function resolvedTokens(css: string, theme: Theme, overrides: Record<string, string>): Map<string, string> {
  return new Map(
    [...declaredTokens(css, theme)].map(([name, t]) => [
      name,
      (t.community !== undefined ? overrides[t.community] : undefined) ?? t.colour,
    ]),
  );
}

/** Each theme's colours, with the community's colour (`"color"` in community.json) where the app uses it. */
export function palettes(css: string, communityColour?: string): Record<Theme, Palette> {
  const overrides = communityTokens(communityColour, css);
  const light = resolvedTokens(css, 'light', overrides);
  const dark = new Map([...light, ...resolvedTokens(css, 'dark', overrides)]);
  const pick = (vars: Map<string, string>): Palette => {
    const get = (name: string) => {
      const value = vars.get(name);
      if (value === undefined) throw new Error(`src/styles.css: the design token --${name} is missing (the embeds need it)`);
      return value;
    };
    return {
      bg: get('c-surface'),
      surface: get('c-surface-2'),
      ink: get('c-ink'),
      muted: get('c-muted'),
      line: get('c-line'),
      accent: get('c-accent'),
      onAccent: get('c-on-accent'),
      series: [1, 2, 3, 4, 5, 6].map((n) => get(`chart-${String(n)}`)),
    };
  };
  return { light: pick(light), dark: pick(dark) };
}

/** Approximate advance of a text in a 11–13 px sans-serif: CJK and full-width characters take a full em. */
export function textWidth(text: string, size: number): number {
  let em = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code >= 0x2e80) em += 1;
    else if (/[mwMW@%]/.test(ch)) em += 0.85;
    else if (/[A-Z0-9#&]/.test(ch)) em += 0.66;
    else if (/[ilj.,:;'|!()\s]/.test(ch)) em += 0.3;
    else em += 0.55;
  }
  return Math.ceil(em * size);
}

/** The latest sourced figure of a project: a published one ("16,000+") or a dated snapshot, whichever is later. */
export function latestStars(stars: StarsDataset, snapshots: StarSnapshotsDataset | undefined, repo: string) {
  const candidates = [
    ...stars.points.filter((p) => p.repo === repo).map((p) => ({ date: p.date, value: p.value, atLeast: p.kind === 'at-least' })),
    ...(snapshots?.series ?? [])
      .filter((s) => s.repo === repo)
      .flatMap((s) => s.points.map(([date, value]) => ({ date, value, atLeast: false }))),
  ];
  return candidates.reduce<(typeof candidates)[number] | undefined>((best, c) => (!best || c.date > best.date ? c : best), undefined);
}

/**
 * The latest year anyone is listed in, how many distinct people are listed that year, and how many at
 * least were listed but are not shown at their request (counted per role: the same person may hold two).
 */
export function peopleInLatestYear(people: PeopleDataset): { year: number; count: number; notShown: number } | undefined {
  let year = -Infinity;
  for (const p of people.people) for (const r of p.roles) year = Math.max(year, r.year);
  for (const w of people.withheld ?? []) year = Math.max(year, w.year);
  if (!Number.isFinite(year)) return undefined;
  const count = people.people.filter((p) => p.roles.some((r) => r.year === year)).length;
  const notShown = Math.max(0, ...(people.withheld ?? []).filter((w) => w.year === year).map((w) => w.people));
  return { year, count, notShown };
}

/** A two-part badge, shields-style: a label on the surface colour, the value on the accent. */
export function badgeSvg(label: string, value: string, colours: Palette, title: string): string {
  const size = 11;
  const pad = 6;
  const left = textWidth(label, size) + pad * 2;
  const right = textWidth(value, size) + pad * 2;
  const width = left + right;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${String(width)}" height="20" viewBox="0 0 ${String(width)} 20" role="img" aria-label="${escapeMarkup(title)}">`,
    `<title>${escapeMarkup(title)}</title>`,
    `<rect width="${String(width)}" height="20" rx="3" fill="${colours.surface}"/>`,
    `<rect x="${String(left)}" width="${String(right)}" height="20" rx="3" fill="${colours.accent}"/>`,
    `<rect x="${String(left)}" width="4" height="20" fill="${colours.accent}"/>`,
    `<g font-family="${escapeMarkup(FONT)}" font-size="${String(size)}">`,
    `<text x="${String(pad)}" y="14" fill="${colours.ink}">${escapeMarkup(label)}</text>`,
    `<text x="${String(left + pad)}" y="14" fill="${colours.onAccent}" font-weight="600">${escapeMarkup(value)}</text>`,
    `</g></svg>`,
  ].join('');
}

function niceMax(value: number): number {
  if (value <= 0) return 1;
  const step = 10 ** Math.floor(Math.log10(value));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * step >= value) return m * step;
  return 10 * step;
}

/** The stars chart: each project's dated snapshots as a line (gaps dashed), published figures as markers. */
export function starsChartSvg(input: EmbedInput, lang: Lang, colours: Palette): string {
  const { t, number } = translator(lang);
  const repos = input.stars.projects.map((p) => p.repo);
  const series = starSeries(input.stars, input.snapshots, repos).filter((s) => s.segments.length > 0 || s.published.length > 0);
  const points = series.flatMap((s) => [...s.segments.flat(), ...s.published]);
  const width = 800;
  const legendRows = Math.ceil(series.length / 2);
  const keyY = 290 + 44 + legendRows * 20 + 6;
  const height = keyY + 18;
  const plot = { left: 64, right: width - 24, top: 56, bottom: 290 };
  const lines: string[] = [];
  const title = t('embed.stars.title', { community: lang === 'zh' ? input.community.name.zh : input.community.name.en });
  if (points.length === 0) return '';
  const minT = Math.min(...points.map((p) => p.t));
  const maxT = Math.max(...points.map((p) => p.t));
  const top = niceMax(Math.max(...points.map((p) => p.value)));
  const x = (time: number) => plot.left + ((time - minT) / Math.max(1, maxT - minT)) * (plot.right - plot.left);
  const y = (value: number) => plot.bottom - (value / top) * (plot.bottom - plot.top);
  const fixed = (n: number) => n.toFixed(1);
  const latest = points.reduce((a, b) => (b.t > a.t ? b : a));

  lines.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${String(width)}" height="${String(height)}" viewBox="0 0 ${String(width)} ${String(height)}" role="img" aria-label="${escapeMarkup(title)}">`,
    `<title>${escapeMarkup(title)}</title>`,
    `<desc>${escapeMarkup(t('embed.stars.desc', { date: formatIsoDate(latest.date, lang) }))}</desc>`,
    `<rect width="${String(width)}" height="${String(height)}" rx="12" fill="${colours.bg}"/>`,
    `<g font-family="${escapeMarkup(FONT)}">`,
    `<text x="24" y="32" font-size="18" font-weight="700" fill="${colours.ink}">${escapeMarkup(title)}</text>`,
  );
  // Horizontal grid and value labels: five steps from 0 to a round maximum.
  for (let k = 0; k <= 4; k += 1) {
    const value = (top / 4) * k;
    const yy = fixed(y(value));
    lines.push(
      `<line x1="${String(plot.left)}" x2="${String(plot.right)}" y1="${yy}" y2="${yy}" stroke="${colours.line}" stroke-width="1"/>`,
      `<text x="${String(plot.left - 8)}" y="${yy}" dy="4" text-anchor="end" font-size="11" fill="${colours.muted}">${escapeMarkup(number(value))}</text>`,
    );
  }
  // One tick a year, labelled when there is room.
  const firstYear = new Date(minT).getUTCFullYear();
  const lastYear = new Date(maxT).getUTCFullYear();
  const every = Math.max(1, Math.ceil((lastYear - firstYear + 1) / 8));
  for (let year = firstYear + 1; year <= lastYear; year += every) {
    const xx = fixed(x(Date.UTC(year, 0, 1)));
    lines.push(
      `<line x1="${xx}" x2="${xx}" y1="${String(plot.bottom)}" y2="${String(plot.bottom + 5)}" stroke="${colours.line}"/>`,
      `<text x="${xx}" y="${String(plot.bottom + 20)}" text-anchor="middle" font-size="11" fill="${colours.muted}">${escapeMarkup(formatIsoDate(String(year), lang))}</text>`,
    );
  }
  series.forEach((s, i) => {
    const colour = colours.series[i % colours.series.length] ?? colours.accent;
    for (const segment of s.segments) {
      const d = segment.map((p, k) => `${k === 0 ? 'M' : 'L'}${fixed(x(p.t))} ${fixed(y(p.value))}`).join('');
      lines.push(`<path d="${d}" fill="none" stroke="${colour}" stroke-width="2" stroke-linejoin="round"/>`);
    }
    for (const [a, b] of s.gaps) {
      lines.push(
        `<path d="M${fixed(x(a.t))} ${fixed(y(a.value))}L${fixed(x(b.t))} ${fixed(y(b.value))}" fill="none" stroke="${colour}" stroke-width="1.5" stroke-dasharray="4 4"/>`,
      );
    }
    for (const p of s.published) {
      // A lower bound ("over 10,000") is an open marker; an exact figure a filled one.
      lines.push(
        `<circle cx="${fixed(x(p.t))}" cy="${fixed(y(p.value))}" r="4" fill="${p.kind === 'exact' ? colour : colours.bg}" stroke="${colour}" stroke-width="2"/>`,
      );
    }
    const name = input.stars.projects.find((p) => p.repo === s.repo)?.name ?? s.repo;
    const lx = 24 + (i % 2) * 380;
    const ly = plot.bottom + 44 + Math.floor(i / 2) * 20;
    lines.push(
      `<rect x="${String(lx)}" y="${String(ly - 9)}" width="12" height="12" rx="2" fill="${colour}"/>`,
      `<text x="${String(lx + 18)}" y="${String(ly + 1)}" font-size="12" fill="${colours.ink}">${escapeMarkup(name)}</text>`,
    );
  });
  lines.push(
    `<text x="${String(width - 24)}" y="32" text-anchor="end" font-size="11" fill="${colours.muted}">${escapeMarkup(t('embed.stars.asOf', { date: formatIsoDate(latest.date, lang) }))}</text>`,
    `<text x="24" y="${String(keyY)}" font-size="11" fill="${colours.muted}">${escapeMarkup(t('embed.stars.key'))}</text>`,
    '</g></svg>',
  );
  return lines.join('\n');
}

/** Every file of embed/: `embed/<lang>/<name>-<theme>.svg`. */
export function embedFiles(input: EmbedInput): EmbedFile[] {
  const colours = palettes(input.css, input.community.color);
  const files: EmbedFile[] = [];
  const main = input.stars.projects[0]?.repo;
  const stars = main === undefined ? undefined : latestStars(input.stars, input.snapshots, main);
  const people = peopleInLatestYear(input.people);
  for (const lang of LANGS) {
    const { t, number } = translator(lang);
    for (const theme of THEMES) {
      const chart = starsChartSvg(input, lang, colours[theme]);
      if (chart) files.push({ fileName: `embed/${lang}/stars-${theme}.svg`, source: chart });
      if (stars) {
        const value = `${number(stars.value)}${stars.atLeast ? '+' : ''}`;
        const label = t('embed.badge.stars');
        const title = t('embed.badge.starsTitle', { value, date: formatIsoDate(stars.date, lang) });
        files.push({ fileName: `embed/${lang}/badge-stars-${theme}.svg`, source: badgeSvg(label, value, colours[theme], title) });
      }
      if (people) {
        const label = t('embed.badge.people', { year: String(people.year) });
        // People not shown at their request still count: the badge then says "at least".
        const value = people.notShown > 0 ? `${number(people.count + people.notShown)}+` : number(people.count);
        const title =
          people.notShown > 0
            ? t('embed.badge.peopleTitleWithheld', { year: String(people.year), count: people.count, notShown: people.notShown })
            : t('embed.badge.peopleTitle', { year: String(people.year), count: people.count });
        files.push({ fileName: `embed/${lang}/badge-people-${theme}.svg`, source: badgeSvg(label, value, colours[theme], title) });
      }
    }
  }
  return files;
}
