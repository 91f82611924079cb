import { FONT_PIECES } from './pieces.js';
import type { FamilyPieces, PieceEntry } from './piece-types.js';

export type FontWeight = 'regular' | 'bold';

/** One font file the report may load: a piece of a family in a weight. */
export interface FontPiece {
  family: string;
  piece: string;
  weight: FontWeight;
  /** File name; also the key a font is parsed and cached under. */
  file: string;
  url(): URL;
  /** True when the family ships no bold: bold text is drawn by stroking the regular outlines. */
  syntheticBold: boolean;
}

interface IndexedPiece {
  entry: PieceEntry;
  family: FamilyPieces;
  /** Sorted, flattened [from, to, from, to, …] code point ranges. */
  bounds: Uint32Array;
}

let index: Map<string, IndexedPiece[]> | undefined;

function parseRanges(ranges: string): Uint32Array {
  const parts = ranges.split(',');
  const bounds = new Uint32Array(parts.length * 2);
  parts.forEach((part, i) => {
    const [from, to = from] = part.split('-');
    bounds[2 * i] = parseInt(from!, 16);
    bounds[2 * i + 1] = parseInt(to, 16);
  });
  return bounds;
}

function familyIndex(): Map<string, IndexedPiece[]> {
  index ??= new Map(
    FONT_PIECES.map((family) => [
      family.id,
      family.pieces.map((entry) => ({ entry, family, bounds: parseRanges(entry.ranges) })),
    ]),
  );
  return index;
}

function covers(bounds: Uint32Array, code: number): boolean {
  let low = 0;
  let high = bounds.length / 2 - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (code < bounds[2 * middle]!) high = middle - 1;
    else if (code > bounds[2 * middle + 1]!) low = middle + 1;
    else return true;
  }
  return false;
}

const pieces = new WeakMap<IndexedPiece, Partial<Record<FontWeight, FontPiece>>>();
const indexedOf = new WeakMap<FontPiece, IndexedPiece>();

function fontPiece(indexed: IndexedPiece, weight: FontWeight): FontPiece {
  const { entry, family } = indexed;
  const bold = weight === 'bold' && entry.bold ? entry.bold : undefined;
  let byWeight = pieces.get(indexed);
  if (!byWeight) pieces.set(indexed, (byWeight = {}));
  let piece = byWeight[weight];
  if (!piece) {
    piece = {
      family: family.id,
      piece: entry.name,
      weight,
      file: `${family.name}-${bold ? 'Bold' : 'Regular'}-${entry.name}.ttf`,
      url: bold ?? entry.regular,
      syntheticBold: weight === 'bold' && !bold,
    };
    byWeight[weight] = piece;
    indexedOf.set(piece, indexed);
  }
  return piece;
}

/** Per family, the piece found for each code point so far: most reports ask for the same few again and again. */
const found = new Map<string, Map<number, IndexedPiece | null>>();

/** The piece of a family that covers a code point, in a weight; undefined when the family lacks it. */
export function pieceFor(family: string, code: number, weight: FontWeight): FontPiece | undefined {
  let cache = found.get(family);
  if (!cache) found.set(family, (cache = new Map()));
  let indexed = cache.get(code);
  if (indexed === undefined) {
    indexed =
      familyIndex()
        .get(family)
        ?.find((candidate) => covers(candidate.bounds, code)) ?? null;
    cache.set(code, indexed);
  }
  return indexed ? fontPiece(indexed, weight) : undefined;
}

/** Whether a piece covers a code point (a mark or joiner staying with its base's piece). */
export function pieceCovers(piece: FontPiece, code: number): boolean {
  const indexed = indexedOf.get(piece);
  return indexed ? covers(indexed.bounds, code) : false;
}

/** Every family as sliced, for the bench and the README's table. */
export const FONT_FAMILIES: readonly FamilyPieces[] = FONT_PIECES;
