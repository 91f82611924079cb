import type { ShapedText } from '../text/shape.js';

/** A line as a range of its paragraph, trailing spaces left out. */
export interface LineRange {
  start: number;
  end: number;
  /** Width in em, letter spacing included. */
  width: number;
}

const SPACE = /[\s\u3000]/;
/** Ideographs, kana and Hangul syllables: a line may break between any two of them. */
const BREAK_BETWEEN =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef]/u;

/** Width in em of text[from, to): its clusters' advances plus letter spacing after each. */
export function rangeWidth(shaped: ShapedText, from: number, to: number, spacing: number): number {
  let width = 0;
  for (let i = from; i < to; i += 1) if (shaped.clusterStart[i]) width += shaped.advance[i]! + spacing;
  return width;
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && SPACE.test(text[end - 1]!)) end -= 1;
  return end;
}

/** Offsets where a line may start: after spaces, and around ideographs; always at a cluster's start. */
function breakOpportunities(shaped: ShapedText): number[] {
  const { text, clusterStart } = shaped;
  const cuts = [0];
  for (let i = 1; i < text.length; i += 1) {
    if (!clusterStart[i] || SPACE.test(text[i]!)) continue;
    const before = text[i - 1]!;
    if (SPACE.test(before) || BREAK_BETWEEN.test(before) || BREAK_BETWEEN.test(text[i]!)) cuts.push(i);
  }
  cuts.push(text.length);
  return cuts;
}

let graphemes: Intl.Segmenter | undefined;

/** Grapheme boundaries inside [from, to) that are also cluster starts: where an over-long word may be cut. */
function emergencyCuts(shaped: ShapedText, from: number, to: number): number[] {
  graphemes ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  const cuts: number[] = [];
  for (const { index } of graphemes.segment(shaped.text.slice(from, to))) {
    if (index > 0 && shaped.clusterStart[from + index]) cuts.push(from + index);
  }
  return [...cuts, to];
}

/**
 * Greedy line breaking in em: as many whole words per line as fit; a word
 * wider than a line alone is cut between grapheme clusters.
 */
export function breakLines(shaped: ShapedText, maxWidth: number, spacing = 0): LineRange[] {
  const { text } = shaped;
  const lines: LineRange[] = [];
  let start = 0;
  let width = 0;
  const close = (end: number) => {
    const visibleEnd = trimEnd(text, start, end);
    if (visibleEnd > start)
      lines.push({ start, end: visibleEnd, width: rangeWidth(shaped, start, visibleEnd, spacing) });
    start = end;
    width = 0;
  };
  const cuts = breakOpportunities(shaped);
  for (let c = 1; c < cuts.length; c += 1) {
    const from = cuts[c - 1]!;
    const to = cuts[c]!;
    const visible = rangeWidth(shaped, from, trimEnd(text, from, to), spacing);
    if (width > 0 && width + visible > maxWidth) close(from);
    if (visible > maxWidth) {
      let piece = from;
      for (const cut of emergencyCuts(shaped, from, to)) {
        const w = rangeWidth(shaped, piece, cut, spacing);
        if (width > 0 && width + w > maxWidth) close(piece);
        width += w;
        piece = cut;
      }
    } else {
      width += rangeWidth(shaped, from, to, spacing);
    }
  }
  close(text.length);
  return lines;
}
