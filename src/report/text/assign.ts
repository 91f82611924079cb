import { FALLBACK_ORDER, FAMILY_STYLES, familyOfChar } from '../fonts/families.js';
import { pieceCovers, pieceFor } from '../fonts/piece-index.js';
import type { FontPiece, FontWeight } from '../fonts/piece-index.js';

/** Drawn as nothing by HarfBuzz whatever the font: joiners, variation selectors, tag characters. */
const DEFAULT_IGNORABLE = /\p{Default_Ignorable_Code_Point}/u;
const MARK = /\p{M}/u;
/** U+FFFD stands in for a lone surrogate: it is drawn as the placeholder, never as the font's "�". */
const REPLACEMENT = 0xfffd;

const EUROPEAN_DIGIT = /[0-9]/;

/**
 * A family drawn larger than its size (Naskh) would draw its European digits taller than Latin
 * capitals beside them; in a number the digits stand apart from the letters anyway (a bidi run of
 * their own), so they take their own family's piece instead.
 */
const keepsDigits = (piece: FontPiece) => (FAMILY_STYLES[piece.family]?.scale ?? 1) === 1;

/** A stretch of text one font piece draws; `piece` undefined means no font has it (the placeholder draws it). */
export interface PieceSpan {
  start: number;
  end: number;
  piece: FontPiece | undefined;
}

function findPiece(char: string, code: number, weight: FontWeight): FontPiece | undefined {
  const own = familyOfChar(char);
  for (const family of own ? [own, ...FALLBACK_ORDER] : FALLBACK_ORDER) {
    const piece = pieceFor(family, code, weight);
    if (piece) return piece;
  }
  return undefined;
}

/**
 * Picks a font piece for every character of a paragraph: its script's own
 * family first, then the others. Shared characters (spaces, digits,
 * punctuation) and marks stay in the piece before them when it has them, so a
 * word is shaped as one run and marks sit on their base letters.
 */
export function assignPieces(text: string, weight: FontWeight): PieceSpan[] {
  const spans: PieceSpan[] = [];
  let previous: FontPiece | undefined;
  let offset = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    let piece: FontPiece | undefined;
    if (code === REPLACEMENT) piece = undefined;
    else if (
      previous &&
      (!familyOfChar(char) || MARK.test(char)) &&
      pieceCovers(previous, code) &&
      (keepsDigits(previous) || !EUROPEAN_DIGIT.test(char))
    )
      piece = previous;
    else if (previous && DEFAULT_IGNORABLE.test(char)) piece = previous;
    else piece = findPiece(char, code, weight);
    const last = spans.at(-1);
    if (last && last.piece === piece) last.end = offset + char.length;
    else spans.push({ start: offset, end: offset + char.length, piece });
    previous = piece ?? previous;
    offset += char.length;
  }
  return spans;
}

/** Every piece a set of texts needs in a weight (the fonts to load before laying out). */
export function piecesFor(texts: Iterable<string>, weight: FontWeight, into: Map<string, FontPiece>): void {
  for (const text of texts) {
    for (const span of assignPieces(text, weight)) if (span.piece) into.set(span.piece.file, span.piece);
  }
}
