import { FALLBACK_ORDER, FAMILY_STYLES, familyOfCode } from '../fonts/families.js';
import { pieceCovers, pieceFor } from '../fonts/piece-index.js';
import type { FontPiece, FontWeight } from '../fonts/piece-index.js';

/** Drawn as nothing by HarfBuzz whatever the font: joiners, variation selectors, tag characters. */
const DEFAULT_IGNORABLE = /\p{Default_Ignorable_Code_Point}/u;
const MARK = /\p{M}/u;
/** U+FFFD stands in for a lone surrogate: it is drawn as the placeholder, never as the font's "�". */
const REPLACEMENT = 0xfffd;

const isEuropeanDigit = (code: number) => code >= 0x30 && code <= 0x39;
// Nothing below U+00AD is default-ignorable and nothing below U+0300 is a mark: Latin text skips the tests.
const isDefaultIgnorable = (code: number) =>
  code >= 0xad && DEFAULT_IGNORABLE.test(String.fromCodePoint(code));
const isMark = (code: number) => code >= 0x300 && MARK.test(String.fromCodePoint(code));

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

function findPiece(code: number, weight: FontWeight): FontPiece | undefined {
  const own = familyOfCode(code);
  const ownPiece = own === undefined ? undefined : pieceFor(own, code, weight);
  if (ownPiece) return ownPiece;
  for (const family of FALLBACK_ORDER) {
    const piece = family === own ? undefined : pieceFor(family, code, weight);
    if (piece) return piece;
  }
  return undefined;
}

function pieceOf(code: number, previous: FontPiece | undefined, weight: FontWeight): FontPiece | undefined {
  if (code === REPLACEMENT) return undefined;
  if (previous) {
    if (
      (!familyOfCode(code) || isMark(code)) &&
      pieceCovers(previous, code) &&
      (keepsDigits(previous) || !isEuropeanDigit(code))
    )
      return previous;
    if (isDefaultIgnorable(code)) return previous;
  }
  return findPiece(code, weight);
}

/**
 * Picks a font piece for every character of a paragraph: its script's own
 * family first, then the others. Shared characters (spaces, digits,
 * punctuation) and marks stay in the piece before them when it has them, so a
 * word is shaped as one run and marks sit on their base letters.
 */
export function assignPieces(text: string, weight: FontWeight): PieceSpan[] {
  const spans: PieceSpan[] = [];
  let last: PieceSpan | undefined;
  let previous: FontPiece | undefined;
  // By code point, as a string iterates (a lone surrogate is one unit), without a string per character.
  for (let offset = 0; offset < text.length;) {
    const code = text.codePointAt(offset)!;
    const end = offset + (code > 0xffff ? 2 : 1);
    const piece = pieceOf(code, previous, weight);
    if (last && last.piece === piece) last.end = end;
    else spans.push((last = { start: offset, end, piece }));
    previous = piece ?? previous;
    offset = end;
  }
  return spans;
}

/** Every piece a set of texts needs in a weight (the fonts to load before laying out). */
export function piecesFor(texts: Iterable<string>, weight: FontWeight, into: Map<string, FontPiece>): void {
  for (const text of texts) {
    for (const span of assignPieces(text, weight)) if (span.piece) into.set(span.piece.file, span.piece);
  }
}
