// @vitest-environment node
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { afterEach, describe, expect, it } from 'vitest';
import { contrast, readableAccent, readTokens, systemDarkCss, themeCss, themePlugin } from '@/cli/vite-theme-plugin';
import { communityDataset as communitySchema } from '@/features/community/schema';
import { DatasetError } from '@/lib/dataset-error';
import { validateDataset } from '@/lib/validate-dataset';
import { communityDataset } from '../fixtures/community';
import { copyCommunity } from './data-fixture';

const STYLES = resolve(import.meta.dirname, '../../src/styles.css');
const styles = readFileSync(STYLES, 'utf8');
const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const clean of cleanups.splice(0)) clean();
});

const declared = (css: string) => new Map([...css.matchAll(/(--[\w-]+): (#[0-9a-f]{6});/g)].map((m) => [m[1] ?? '', m[2] ?? '']));

describe('the community colour as the accent', () => {
  it('is optional in community.json, and must be written #rrggbb', () => {
    expect(validateDataset('data/community.json', communityDataset({ color: '#00a971' }), communitySchema)).toMatchObject({
      color: '#00a971',
    });
    expect(validateDataset('data/community.json', communityDataset(), communitySchema)).not.toHaveProperty('color');
    let error: unknown;
    try {
      validateDataset('data/community.json', communityDataset({ color: 'green' }), communitySchema);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(DatasetError);
    expect(String(error)).toMatch(/field color: must be a colour written #rrggbb/);
  });

  it('reads the surfaces of both themes from styles.css', () => {
    expect(readTokens(styles, 'light')).toMatchObject({ surface: '#ffffff', onAccent: '#ffffff' });
    expect(readTokens(styles, 'dark').charts).toHaveLength(6);
  });

  it('keeps a colour that is already readable, and makes one that is not readable at AA on every surface', () => {
    const light = readTokens(styles, 'light');
    const dark = readTokens(styles, 'dark');
    // A light green fails as text on white (about 3:1): darkened until every pair reaches 4.5:1.
    const fixed = readableAccent('#00a971', 'light', light);
    expect(fixed).not.toBe('#00a971');
    for (const surface of [light.bg, light.surface, light.surface2, light.onAccent])
      expect(contrast(fixed, surface)).toBeGreaterThanOrEqual(4.5);
    // A dark navy is already readable in light, and is lightened for dark surfaces.
    expect(readableAccent('#1d3a8a', 'light', light)).toBe('#1d3a8a');
    const lifted = readableAccent('#1d3a8a', 'dark', dark);
    for (const surface of [dark.bg, dark.surface, dark.surface2, dark.onAccent])
      expect(contrast(lifted, surface)).toBeGreaterThanOrEqual(4.5);
  });

  it('gives a chart colour the accent would be mistaken for another colour, only one, and nothing without a colour', () => {
    const css = declared(themeCss('#00a971', styles));
    // The default green series (chart-3) would look like the green accent: it takes the default accent.
    expect(css.get('--community-light-chart-3')).toBe(readTokens(styles, 'light').accent);
    expect([...css.keys()].filter((k) => k.startsWith('--community-dark-chart'))).toHaveLength(1);
    expect(themeCss(undefined, styles)).toBe('');
  });

  it("puts the community's colours into the page's one stylesheet when the data has a colour, and none without", async () => {
    // The stylesheet's token blocks, without Tailwind (this build has no Tailwind plugin).
    const tokens = [/^:root \{[^}]*\}/m, /^\.dark \{[^}]*\}/m].map((block) => styles.match(block)?.[0] ?? '').join('\n');
    const hashes: string[] = [];
    for (const color of ['#c026d3', undefined]) {
      const data = copyCommunity();
      cleanups.push(data.remove);
      data.edit('community.json', (json) => Object.assign(json, { color }));
      const root = mkdtempSync(join(tmpdir(), 'app-'));
      cleanups.push(() => rmSync(root, { recursive: true, force: true }));
      writeFileSync(join(root, 'styles.css'), tokens);
      writeFileSync(join(root, 'main.js'), "import './styles.css';\n");
      writeFileSync(
        join(root, 'index.html'),
        '<!doctype html>\n<html><head><meta charset="UTF-8" /><title>t</title><script type="module" src="/main.js"></script></head><body></body></html>\n',
      );
      const outDir = join(root, 'dist');
      await build({
        root,
        configFile: false,
        logLevel: 'silent',
        plugins: [themePlugin({ dir: data.dir, styles: join(root, 'styles.css') })],
        build: { outDir },
      });
      const html = readFileSync(join(outDir, 'index.html'), 'utf8');
      const sheets = readdirSync(join(outDir, 'assets')).filter((f) => f.endsWith('.css'));
      expect(sheets).toHaveLength(1);
      expect(html.match(/rel="stylesheet"/g)).toHaveLength(1);
      const css = readFileSync(join(outDir, 'assets', sheets[0] ?? ''), 'utf8');
      hashes.push(sheets[0] ?? '');
      if (color === undefined) expect(css).not.toMatch(/--community-light-accent:/);
      else expect(css).toMatch(/--community-light-accent:/);
    }
    // The file's name follows its content: another colour is another file, never a stale cached one.
    expect(hashes[0]).not.toBe(hashes[1]);
  });
});

describe('the system theme without JavaScript', () => {
  it("repeats the stylesheet's dark block under prefers-color-scheme for a page no script marked light", () => {
    const css = systemDarkCss(styles);
    expect(css).toContain('@media (prefers-color-scheme: dark)');
    expect(css).toContain(':root:not(.light) {');
    const dark = styles.match(/^\.dark \{([^}]*)\}/m)?.[1] ?? 'missing';
    expect(css).toContain(dark);
    expect(systemDarkCss(':root { --c-bg: #fff; }')).toBe('');
  });
});
