import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { dataDirOf } from './lib/data-dir.ts';

/**
 * The community's colour as the dashboard's accent, without a style attribute or an inline style (the CSP
 * allows only stylesheets from this origin): `data/community.json`'s `"color"` becomes a few custom properties
 * appended to `src/styles.css` as Vite loads it, so the page has one stylesheet (one render-blocking request,
 * named by a hash of its whole content, community colours included).
 *
 * The raw colour is used where it is readable; otherwise the nearest darker (light theme) or lighter (dark
 * theme) mix that reaches WCAG AA (4.5:1) as text on every surface of its theme and under the text of an
 * accent button. It sets the link colour, the focus ring, active tabs and buttons, and the first chart
 * series; a default chart colour too close in hue to the accent takes the default accent's place, so two
 * series never look alike. `src/styles.css` reads each value with its default as the fallback.
 */

type Rgb = readonly [number, number, number];
type Theme = 'light' | 'dark';
type ThemeTokens = { bg: string; surface: string; surface2: string; onAccent: string; accent: string; charts: string[] };

const HEX = /^#[0-9a-f]{6}$/i;

function parseHex(hex: string): Rgb {
  if (!HEX.test(hex)) throw new Error(`not a colour #rrggbb: ${hex}`);
  const channel = (i: number) => Number.parseInt(hex.slice(1 + i, 3 + i), 16);
  return [channel(0), channel(2), channel(4)];
}
const toHex = (rgb: Rgb) => `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;

function luminance([r, g, b]: Rgb): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** WCAG 2 contrast ratio of two colours (1 to 21). */
export function contrast(a: string, b: string): number {
  const [la, lb] = [luminance(parseHex(a)), luminance(parseHex(b))];
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** Hue in degrees (HSL), or undefined for a grey. */
function hue(hex: string): number | undefined {
  const [r, g, b] = parseHex(hex).map((c) => c / 255);
  if (r === undefined || g === undefined || b === undefined) return undefined;
  const max = Math.max(r, g, b);
  const d = max - Math.min(r, g, b);
  if (d < 0.05) return undefined;
  const h = max === r ? ((g - b) / d) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  return (h * 60 + 360) % 360;
}
const hueDistance = (a: number, b: number) => Math.min(Math.abs(a - b), 360 - Math.abs(a - b));

const mix = (a: Rgb, b: Rgb, t: number): Rgb => [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t];

/**
 * The accent for a theme: the raw colour if it reads at 4.5:1 on every surface and under the accent
 * button's text, else the first mix towards black (light) or white (dark) that does.
 */
export function readableAccent(raw: string, theme: Theme, tokens: Omit<ThemeTokens, 'accent' | 'charts'>): string {
  const against = [tokens.bg, tokens.surface, tokens.surface2, tokens.onAccent];
  const target: Rgb = theme === 'light' ? [0, 0, 0] : [255, 255, 255];
  for (let step = 0; step <= 100; step++) {
    const candidate = toHex(mix(parseHex(raw), target, step / 100));
    if (against.every((c) => contrast(candidate, c) >= 4.5)) return candidate;
  }
  return toHex(target);
}

const TOKEN_NAMES = { bg: '--c-bg', surface: '--c-surface', surface2: '--c-surface-2', onAccent: '--c-on-accent', accent: '--c-accent' };

/**
 * A theme's tokens as `src/styles.css` defines them (the fallback of `var(--community-…, #default)` or a
 * plain value), read from its `:root` or `.dark` block, so the contrast is computed against the real surfaces.
 */
/**
 * The colour tokens one theme's block of `src/styles.css` declares (`:root` for light, `.dark` for dark):
 * each name (without `--`) with its colour, and the `--community-…` variable that may replace it. Empty
 * when the block is missing.
 */
export function declaredTokens(css: string, theme: Theme): Map<string, { colour: string; community?: string }> {
  const block = css.match(theme === 'light' ? /^:root \{([^}]*)\}/m : /^\.dark \{([^}]*)\}/m)?.[1] ?? '';
  const declarations = block.matchAll(/--([\w-]+)\s*:\s*(?:var\((--[\w-]+),\s*)?(#[0-9a-fA-F]{3,8})\)?\s*;/g);
  return new Map([...declarations].map((m) => [m[1] ?? '', { colour: (m[3] ?? '').toLowerCase(), community: m[2] }]));
}

export function readTokens(css: string, theme: Theme): ThemeTokens {
  const tokens = declaredTokens(css, theme);
  if (tokens.size === 0) throw new Error(`src/styles.css has no ${theme === 'light' ? ':root' : '.dark'} block of tokens`);
  const value = (name: string) => {
    const colour = tokens.get(name.replace(/^--/, ''))?.colour;
    if (colour === undefined || !HEX.test(colour)) throw new Error(`src/styles.css: ${theme} token ${name} is not a #rrggbb colour`);
    return colour;
  };
  return {
    bg: value(TOKEN_NAMES.bg),
    surface: value(TOKEN_NAMES.surface),
    surface2: value(TOKEN_NAMES.surface2),
    onAccent: value(TOKEN_NAMES.onAccent),
    accent: value(TOKEN_NAMES.accent),
    charts: [1, 2, 3, 4, 5, 6].map((n) => value(`--chart-${String(n)}`)),
  };
}

/**
 * The community's colour as custom properties: `--community-<theme>-accent` per theme, and the one default
 * chart colour it would be mistaken for (`--community-<theme>-chart-<n>`). Empty without a colour.
 */
export function communityTokens(raw: string | undefined, styles: string): Record<string, string> {
  const tokens: Record<string, string> = {};
  if (raw === undefined) return tokens;
  for (const theme of ['light', 'dark'] as const) {
    const defaults = readTokens(styles, theme);
    const accent = readableAccent(raw, theme, defaults);
    tokens[`--community-${theme}-accent`] = accent;
    const accentHue = hue(accent);
    const fallback = defaults.accent;
    const fallbackHue = hue(fallback);
    // The one default series colour nearest the accent in hue, if near enough to be mistaken for it, takes the
    // default accent (only one: there is one colour to give).
    const freeFallback = accentHue === undefined || fallbackHue === undefined || hueDistance(accentHue, fallbackHue) >= 30;
    const nearest = defaults.charts
      .map((colour, i) => ({ n: i + 1, h: hue(colour) }))
      .filter((c) => c.n > 1 && c.h !== undefined && accentHue !== undefined && hueDistance(accentHue, c.h) < 30)
      .sort((a, b) => hueDistance(accentHue ?? 0, a.h ?? 0) - hueDistance(accentHue ?? 0, b.h ?? 0))[0];
    if (nearest && freeFallback) tokens[`--community-${theme}-chart-${String(nearest.n)}`] = fallback;
  }
  return tokens;
}

/** The stylesheet: the community's accent per theme, and the chart colours it displaces. Empty without a colour. */
export function themeCss(raw: string | undefined, styles: string): string {
  if (raw === undefined) return '';
  const lines = [`/* The community's colour ${raw} (data/community.json), made readable per theme. */`, ':root {'];
  for (const [name, value] of Object.entries(communityTokens(raw, styles))) lines.push(`  ${name}: ${value};`);
  lines.push('}', '');
  return lines.join('\n');
}

/**
 * The dark theme for a reader whose system prefers it, until a script says otherwise: `public/boot.js` marks
 * the page `.dark` or `.light` before the first paint, so with JavaScript off (or before it runs) the page
 * still follows the system. The `.dark` block of the stylesheet, repeated under the media query.
 */
export function systemDarkCss(styles: string): string {
  const block = styles.match(/^\.dark \{([^}]*)\}/m)?.[1];
  if (block === undefined) return '';
  return `/* The system's dark theme, without JavaScript (the .dark block). */\n@media (prefers-color-scheme: dark) {\n  :root:not(.light) {${block}}\n}\n`;
}

/** The colour in the community file, if any (its schema checks the form; a broken file is reported by the data plugin). */
function communityColour(dataDir: string): string | undefined {
  const file = join(dataDir, 'community.json');
  if (!existsSync(file)) return undefined;
  try {
    const json: unknown = JSON.parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
    const color: unknown = json !== null && typeof json === 'object' ? Reflect.get(json, 'color') : undefined;
    return typeof color === 'string' && HEX.test(color) ? color : undefined;
  } catch {
    return undefined;
  }
}

/** `dir`: the data folder (default DATA_DIR or data/); `styles`: the stylesheet with the tokens (default src/styles.css). */
export function themePlugin(options: { dir?: string; styles?: string } = {}): Plugin {
  let root = process.cwd();
  const stylesFile = () => options.styles ?? join(root, 'src/styles.css');
  return {
    name: 'community-theme',
    // Before Vite's CSS plugin turns the stylesheet into a module.
    enforce: 'pre',
    configResolved(config) {
      root = config.root;
    },
    transform(code, id) {
      if (resolve(id.replace(/[?#].*$/, '')) !== resolve(stylesFile())) return null;
      const dataDir = dataDirOf(root, options.dir);
      this.addWatchFile(join(dataDir, 'community.json'));
      const styles = readFileSync(stylesFile(), 'utf8');
      const community = themeCss(communityColour(dataDir), styles);
      return { code: [code, community, systemDarkCss(styles)].filter(Boolean).join('\n'), map: null };
    },
  };
}
