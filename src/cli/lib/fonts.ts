import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * The share cards' fonts, cut down by `npm run fonts:subset` to the characters the data and the
 * catalogues use: Noto Sans CJK SC (SIL Open Font License 1.1, `src/cli/fonts/OFL.txt`) sets Chinese and
 * Latin; DejaVu Sans (Bitstream Vera licence, `src/cli/fonts/DejaVu-LICENSE.txt`) the accented Latin that
 * Noto Sans CJK lacks (ğ, İ…). Subsetting and coverage use HarfBuzz (harfbuzzjs, WebAssembly).
 */
export const FONT_DIR = join(import.meta.dirname, '../fonts');
export type Weight = 'regular' | 'bold';
export const FONTS = [
  { family: 'Noto Sans CJK SC', files: { regular: 'NotoSansCJKsc-Regular.subset.otf', bold: 'NotoSansCJKsc-Bold.subset.otf' } },
  { family: 'DejaVu Sans', files: { regular: 'DejaVuSans.subset.ttf', bold: 'DejaVuSans-Bold.subset.ttf' } },
] as const;

const require = createRequire(import.meta.url);

type SubsetExports = {
  memory: { buffer: ArrayBuffer };
  malloc: (size: number) => number;
  free: (ptr: number) => void;
  hb_blob_create: (data: number, length: number, mode: number, user: number, destroy: number) => number;
  hb_blob_destroy: (blob: number) => void;
  hb_blob_get_data: (blob: number, length: number) => number;
  hb_blob_get_length: (blob: number) => number;
  hb_face_create: (blob: number, index: number) => number;
  hb_face_destroy: (face: number) => void;
  hb_face_reference_blob: (face: number) => number;
  hb_set_add: (set: number, codepoint: number) => void;
  hb_subset_input_create_or_fail: () => number;
  hb_subset_input_destroy: (input: number) => void;
  hb_subset_input_unicode_set: (input: number) => number;
  hb_subset_or_fail: (face: number, input: number) => number;
};

function isSubsetExports(value: unknown): value is SubsetExports {
  return value !== null && typeof value === 'object' && typeof Reflect.get(value, 'hb_subset_or_fail') === 'function';
}

type WasmApi = { instantiate: (bytes: Uint8Array) => Promise<{ instance: { exports: unknown } }> };
function isWasmApi(value: unknown): value is WasmApi {
  return value !== null && typeof value === 'object' && typeof Reflect.get(value, 'instantiate') === 'function';
}

/** Node's WebAssembly, which the Node tools' type set (no DOM) does not declare. */
async function instantiate(wasm: Uint8Array): Promise<unknown> {
  const api: unknown = Reflect.get(globalThis, 'WebAssembly');
  if (!isWasmApi(api)) throw new Error('this Node.js has no WebAssembly');
  return (await api.instantiate(wasm)).instance.exports;
}

/** Face `index` of an OpenType file or collection, keeping only `codepoints` (and what shaping them needs). */
export async function subsetFont(font: Uint8Array, index: number, codepoints: Iterable<number>): Promise<Uint8Array> {
  const wasm = readFileSync(join(dirname(require.resolve('harfbuzzjs/package.json')), 'hb-subset.wasm'));
  const hb = await instantiate(wasm);
  if (!isSubsetExports(hb)) throw new Error('harfbuzzjs: hb-subset.wasm lacks the subset API');
  const pointer = hb.malloc(font.byteLength);
  new Uint8Array(hb.memory.buffer).set(font, pointer);
  const blob = hb.hb_blob_create(pointer, font.byteLength, 2, 0, 0);
  const face = hb.hb_face_create(blob, index);
  hb.hb_blob_destroy(blob);
  const input = hb.hb_subset_input_create_or_fail();
  const set = hb.hb_subset_input_unicode_set(input);
  for (const codepoint of codepoints) hb.hb_set_add(set, codepoint);
  const subset = hb.hb_subset_or_fail(face, input);
  hb.hb_subset_input_destroy(input);
  const result = hb.hb_face_reference_blob(subset);
  const length = hb.hb_blob_get_length(result);
  const data = hb.hb_blob_get_data(result, 0);
  const out = new Uint8Array(hb.memory.buffer, data, length).slice();
  hb.hb_blob_destroy(result);
  hb.hb_face_destroy(subset);
  hb.hb_face_destroy(face);
  hb.free(pointer);
  if (length === 0) throw new Error(`could not subset face ${String(index)} of the font: is it an OpenType file or collection?`);
  return out;
}

type HbFace = { collectUnicodes: () => Uint32Array; destroy: () => void };
type HbBlob = { destroy: () => void };
type Hb = { createBlob: (data: Uint8Array) => HbBlob; createFace: (blob: HbBlob, index: number) => HbFace };

function isHb(value: unknown): value is Hb {
  return value !== null && typeof value === 'object' && typeof Reflect.get(value, 'createFace') === 'function';
}

/** The characters a font file maps to glyphs. */
export async function fontCoverage(font: Uint8Array): Promise<Set<number>> {
  const module: unknown = require('harfbuzzjs');
  const loaded: unknown = await module;
  if (!isHb(loaded)) throw new Error('harfbuzzjs did not load');
  const blob = loaded.createBlob(font);
  const face = loaded.createFace(blob, 0);
  const covered = new Set(face.collectUnicodes());
  face.destroy();
  blob.destroy();
  return covered;
}

/** Characters that need no glyph of their own (spaces, joiners, marks of direction). */
export function needsGlyph(codepoint: number): boolean {
  return !(
    codepoint < 0x21 ||
    (codepoint >= 0x200b && codepoint <= 0x200f) ||
    (codepoint >= 0x2028 && codepoint <= 0x202e) ||
    codepoint === 0xfeff
  );
}

/** What a text needs that the font lacks, each character once, in order of appearance. */
export function missingCharacters(texts: Iterable<string>, covered: ReadonlySet<number>): string[] {
  const missing = new Set<string>();
  for (const text of texts)
    for (const ch of text) {
      const codepoint = ch.codePointAt(0) ?? 0;
      if (needsGlyph(codepoint) && !covered.has(codepoint)) missing.add(ch);
    }
  return [...missing];
}

/** Every committed font file, in fallback order, with what satori needs to know of it. */
export function readFonts(): { family: string; weight: 400 | 700; data: Uint8Array }[] {
  return FONTS.flatMap((font) =>
    (['regular', 'bold'] as const).map((weight) => ({
      family: font.family,
      weight: weight === 'bold' ? (700 as const) : (400 as const),
      data: readFileSync(join(FONT_DIR, font.files[weight])),
    })),
  );
}
