import { HarmonyError } from '../../adapter/errors.js';
import type { FontLoader } from './loader.js';
import type { FontPiece } from './piece-index.js';

import type * as HarfBuzzModule from '../vendor/harfbuzz/index.js';

export type HarfBuzz = typeof HarfBuzzModule;
type HbFont = InstanceType<HarfBuzz['Font']>;

/** A parsed font piece, ready to shape with and to draw from; one per file per process (or worker). */
export interface ShapingFont {
  file: string;
  font: HbFont;
  upem: number;
  /** Glyph outlines as PDF path operators in font units, filled in as glyphs are first drawn. */
  paths: Map<number, string>;
}

let harfBuzz: Promise<HarfBuzz> | undefined;

/** HarfBuzz (wasm), loaded on first use: the report's only shaping engine. */
export function loadHarfBuzz(): Promise<HarfBuzz> {
  // harfbuzzjs as scripts/vendor-harfbuzz.mjs copies it: the same code, ready as a promise instead of a
  // top-level await, so a bundler can put it in a classic-script worker.
  harfBuzz ??= import('../vendor/harfbuzz/index.js').then(async (hb) => {
    await hb.ready;
    return hb;
  });
  return harfBuzz;
}

const TRUETYPE = [0x00, 0x01, 0x00, 0x00];

function assertTrueType(file: string, bytes: Uint8Array): void {
  if (TRUETYPE.every((byte, index) => bytes[index] === byte)) return;
  const signature = String.fromCharCode(...bytes.subarray(0, 4));
  const what = signature === 'OTTO' ? 'a CFF-based OpenType font' : 'not a TrueType font';
  throw new HarmonyError('unsupported', `The report font ${file} is ${what}; the pieces are TrueType.`);
}

const parsed = new WeakMap<FontLoader, Map<string, Promise<ShapingFont>>>();

async function parse(piece: FontPiece, loader: FontLoader): Promise<ShapingFont> {
  const [hb, data] = await Promise.all([loadHarfBuzz(), loader(piece)]);
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  assertTrueType(piece.file, bytes);
  const face = new hb.Face(new hb.Blob(bytes));
  // HarfBuzz reads anything without complaint; a font without a character map is a broken file.
  if (face.collectUnicodes().length === 0) {
    throw new HarmonyError('unsupported', `The report font ${piece.file} could not be read.`);
  }
  return { file: piece.file, font: new hb.Font(face), upem: face.upem, paths: new Map() };
}

/** The parsed font of a piece: read and parsed once per loader, then shared by every report. */
export function shapingFont(piece: FontPiece, loader: FontLoader): Promise<ShapingFont> {
  let perLoader = parsed.get(loader);
  if (!perLoader) parsed.set(loader, (perLoader = new Map()));
  let font = perLoader.get(piece.file);
  if (!font) {
    font = parse(piece, loader);
    const cache = perLoader;
    // A failed load is not kept, so a file that appears later (or a network that returns) is found.
    font.catch(() => cache.delete(piece.file));
    perLoader.set(piece.file, font);
  }
  return font;
}

// Font units are a thousandth of an em or finer: whole units are exact enough to draw with.
const round = (value: number) => String(Math.round(value));

/** A glyph's outline as PDF path operators (font units, y up), filled with the non-zero rule. */
export function glyphPath(font: ShapingFont, glyph: number): string {
  let path = font.paths.get(glyph);
  if (path !== undefined) return path;
  const ops: string[] = [];
  let x = 0;
  let y = 0;
  for (const { type, values: v } of font.font.glyphToJson(glyph)) {
    if (type === 'M' || type === 'L') {
      [x, y] = [v[0]!, v[1]!];
      ops.push(`${round(x)} ${round(y)} ${type === 'M' ? 'm' : 'l'}`);
    } else if (type === 'Q') {
      // PDF has only cubic curves; a quadratic one is the cubic with its control points at two thirds.
      const [qx, qy, ex, ey] = v as [number, number, number, number];
      const c1 = [x + (2 / 3) * (qx - x), y + (2 / 3) * (qy - y)];
      const c2 = [ex + (2 / 3) * (qx - ex), ey + (2 / 3) * (qy - ey)];
      ops.push(`${c1.map(round).join(' ')} ${c2.map(round).join(' ')} ${round(ex)} ${round(ey)} c`);
      [x, y] = [ex, ey];
    } else if (type === 'C') {
      ops.push(`${v.map(round).join(' ')} c`);
      [x, y] = [v[4]!, v[5]!];
    } else if (type === 'Z') {
      ops.push('h');
    }
  }
  path = ops.join('\n');
  font.paths.set(glyph, path);
  return path;
}
