import { FAMILY_STYLES } from './families.js';
import type { FontLoader } from './loader.js';
import { pieceFor } from './piece-index.js';
import type { FontPiece, FontWeight } from './piece-index.js';
import { loadHarfBuzz, shapingFont } from './shaping-font.js';
import type { ShapingFont } from './shaping-font.js';
import { piecesFor } from '../text/assign.js';
import type { TypesetContext } from '../layout/typeset.js';

/** The texts a report sets, by the weight they are set in. */
export type TextsByWeight = Record<FontWeight, readonly string[]>;

/** The pieces a report's texts need: only those, each once. */
export function piecesNeeded(texts: TextsByWeight): FontPiece[] {
  const pieces = new Map<string, FontPiece>();
  for (const weight of ['regular', 'bold'] as const) piecesFor(texts[weight], weight, pieces);
  // A placeholder writes its code point in Noto Sans's digits.
  const digits = pieceFor('sans', 0x30, 'regular')!;
  pieces.set(digits.file, digits);
  return [...pieces.values()];
}

/** Loads (or takes from the per-process cache) every font a report needs, and HarfBuzz with them. */
export async function loadReportFonts(texts: TextsByWeight, loader: FontLoader): Promise<TypesetContext> {
  const pieces = piecesNeeded(texts);
  const [hb, ...fonts] = await Promise.all([
    loadHarfBuzz(),
    ...pieces.map((piece) => shapingFont(piece, loader)),
  ]);
  const byFile = new Map<string, ShapingFont>(pieces.map((piece, index) => [piece.file, fonts[index]!]));
  return {
    hb,
    fontOf: (piece) => byFile.get(piece.file),
    scaleOf: (piece) => FAMILY_STYLES[piece.family]?.scale ?? 1,
    digits: byFile.get(pieceFor('sans', 0x30, 'regular')!.file)!,
  };
}
