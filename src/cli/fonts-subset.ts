/**
 * `npm run fonts:subset [-- --from <dir>]`: cuts Noto Sans CJK SC (Regular, Bold) down to the characters
 * the share cards can draw: every character of every string in the data folders (data/, or DATA_DIR, and
 * the made-up community the tests build), both catalogues, and printable ASCII, Latin-1 and the common
 * punctuation. Writes src/cli/fonts/*.subset.otf and the font's licence. Run it when the build says a
 * character is missing. The source fonts are Debian's fonts-noto-cjk (`apt-get install fonts-noto-cjk`).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fail, runIfMain } from './lib/cli.ts';
import { dataDirOf } from './lib/data-dir.ts';
import { FONT_DIR, FONTS, fontCoverage, subsetFont, type Weight } from './lib/fonts.ts';

const ROOT = resolve(import.meta.dirname, '../..');
/** Face 2 of the Noto Sans CJK collections is the Simplified Chinese one (fc-query lists JP, KR, SC, TC, HK). */
const SC_FACE = 2;
const SOURCES = [
  { dir: '/usr/share/fonts/opentype/noto', face: SC_FACE, files: { regular: 'NotoSansCJK-Regular.ttc', bold: 'NotoSansCJK-Bold.ttc' } },
  { dir: '/usr/share/fonts/truetype/dejavu', face: 0, files: { regular: 'DejaVuSans.ttf', bold: 'DejaVuSans-Bold.ttf' } },
] as const;
/** ‘ ’ “ ” · – — …: proportional in a Latin font, full-width in a CJK one. */
const LATIN_PUNCTUATION = [0x2018, 0x2019, 0x201c, 0x201d, 0xb7, 0x2013, 0x2014, 0x2026];
const LICENCES = [
  {
    from: '/usr/share/doc/fonts-noto-cjk/copyright',
    to: 'OFL.txt',
    font: 'Noto Sans CJK SC',
    upstream: 'https://github.com/notofonts/noto-cjk',
    pkg: 'fonts-noto-cjk',
  },
  {
    from: '/usr/share/doc/fonts-dejavu-core/copyright',
    to: 'DejaVu-LICENSE.txt',
    font: 'DejaVu Sans',
    upstream: 'https://dejavu-fonts.github.io/',
    pkg: 'fonts-dejavu-core',
  },
] as const;

function strings(value: unknown, out: string[]): void {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const item of value) strings(item, out);
  else if (value !== null && typeof value === 'object') for (const item of Object.values(value)) strings(item, out);
}

/** Every code point the cards may need. */
export function characters(dataDirs: readonly string[], catalogues: readonly string[]): Set<number> {
  const texts: string[] = [...catalogues];
  for (const dir of dataDirs)
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.json')))
      strings(JSON.parse(readFileSync(join(dir, name), 'utf8')), texts);
  const set = new Set<number>();
  const range = (from: number, to: number) => {
    for (let c = from; c <= to; c += 1) set.add(c);
  };
  range(0x20, 0x7e);
  range(0xa0, 0xff);
  range(0x2010, 0x2027);
  range(0x3000, 0x301f);
  range(0xff01, 0xff5e);
  for (const text of texts) for (const ch of text) set.add(ch.codePointAt(0) ?? 0);
  return set;
}

/** A font's copyright and licence, from its Debian copyright file (the `Files: *` stanza and its licence text). */
function licence({ from, font, upstream, pkg }: (typeof LICENCES)[number]): string {
  if (!existsSync(from)) fail(`${from}: no such file (install Debian's ${pkg})`);
  const text = readFileSync(from, 'utf8');
  const stanza = /\nFiles: \*\n([\s\S]*?)(?:\n\n|$)/.exec(text)?.[1];
  if (stanza === undefined) fail(`${from}: no "Files: *" stanza`);
  const name = /^License: (\S+)/m.exec(stanza)?.[1];
  if (name === undefined) fail(`${from}: the "Files: *" stanza names no licence`);
  // The licence text: inline in the stanza, or in its own "License: <name>" paragraph.
  const standalone = new RegExp(`\\nLicense: ${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\n((?: .*\\n?)+)`).exec(text)?.[1];
  const inline = /^License: \S+\n((?: .*\n?)+)/m.exec(stanza)?.[1];
  const body = (inline ?? standalone ?? '').split('\n').map((line) => (line.trim() === '.' ? '' : line.slice(1)));
  const copyright = stanza.split(/\nLicense:/)[0] ?? '';
  return [
    `${font}, subset for the share cards by \`npm run fonts:subset\`.`,
    `Source: ${upstream}, as packaged by Debian (${pkg}), whose copyright file says:`,
    '',
    copyright,
    `License: ${name}`,
    '',
    ...body,
    '',
  ].join('\n');
}

async function main(argv: string[]) {
  parseArgs({ args: argv, options: {}, strict: true });
  const dataDirs = [dataDirOf(ROOT), resolve(ROOT, 'test/fixtures/community')].filter((d) => existsSync(d));
  const catalogues = ['en.ts', 'zh.ts'].map((f) => readFileSync(resolve(ROOT, 'src/lib/i18n', f), 'utf8'));
  const wanted = characters(dataDirs, catalogues);
  mkdirSync(FONT_DIR, { recursive: true });
  // Each font in turn gets what the fonts before it lack; DejaVu also gets the Latin punctuation, which
  // Noto Sans CJK SC draws full-width (English cards list DejaVu first, so ’ and · sit tight in English).
  let needed = wanted;
  for (const [i, source] of SOURCES.entries()) {
    const target = FONTS[i];
    if (target === undefined) break;
    let covered = new Set<number>();
    for (const weight of ['regular', 'bold'] as const satisfies readonly Weight[]) {
      const path = join(source.dir, source.files[weight]);
      if (!existsSync(path)) fail(`${path}: no such file (install Debian's ${LICENCES[i]?.pkg ?? 'font package'})`);
      const subset = await subsetFont(readFileSync(path), source.face, needed);
      writeFileSync(join(FONT_DIR, target.files[weight]), subset);
      if (weight === 'regular') covered = await fontCoverage(subset);
      console.log(`${target.files[weight]}: ${(subset.byteLength / 1024).toFixed(0)} KB`);
    }
    needed = new Set([...needed].filter((c) => !covered.has(c)).concat(i === 0 ? LATIN_PUNCTUATION : []));
  }
  const lacking = [...needed].filter((c) => c > 0x20 && !(c >= 0x2000 && c <= 0x206f)).map((c) => String.fromCodePoint(c));
  console.log(`${String(wanted.size)} characters; no font has: ${lacking.join(' ') || 'none'}`);
  for (const l of LICENCES) writeFileSync(join(FONT_DIR, l.to), licence(l));
}

await runIfMain(import.meta, main);
