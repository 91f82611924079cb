import bidiFactory from '../deps/bidi.js';

type Bidi = ReturnType<typeof bidiFactory>;
let bidi: Bidi | undefined;

/** Embedding levels of one paragraph by the Unicode Bidirectional Algorithm (UAX #9), per UTF-16 unit. */
export interface BidiLevels {
  levels: Uint8Array;
  /** 0 for a left-to-right paragraph, 1 for a right-to-left one (rules P2–P3: its first strong letter). */
  base: number;
}

/** Right-to-left letters, Arabic digits and the explicit right-to-left controls: without any, every level is 0. */
const RTL_PRESENT =
  /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\u200f\u202b\u202e\u2067\u{10800}-\u{10fff}\u{1e800}-\u{1efff}]/u;

const LETTER = /\p{L}/u;

/**
 * Bidi levels of a paragraph. In a left-to-right report a paragraph takes the
 * direction of its first strong letter (rules P2–P3). In a right-to-left
 * report (`preferred` 'rtl') a paragraph with any right-to-left letter, or
 * with no letter at all, is right-to-left (the higher-level protocol of rule
 * HL1): an Arabic sentence opening with a Latin name still reads from the
 * right, while a sentence all in Latin keeps its own order.
 */
export function bidiLevels(text: string, preferred: 'ltr' | 'rtl' = 'ltr'): BidiLevels {
  const rtlPresent = RTL_PRESENT.test(text);
  const forceRtl = preferred === 'rtl' && (rtlPresent || !LETTER.test(text));
  // Most paragraphs are left-to-right through and through; the algorithm has nothing to do for them.
  if (!rtlPresent && !forceRtl) return { levels: new Uint8Array(text.length), base: 0 };
  bidi ??= bidiFactory();
  const { levels, paragraphs } = bidi.getEmbeddingLevels(text, forceRtl ? 'rtl' : undefined);
  return { levels, base: forceRtl ? 1 : (paragraphs[0]?.level ?? 0) };
}

/**
 * Display order of a line's runs (rule L2): from the highest level down to the
 * lowest odd one, every stretch of runs at that level or above is reversed.
 * Inside a run, glyphs are already in display order (HarfBuzz shapes
 * right-to-left runs into visual order).
 */
export function visualOrder<T extends { level: number }>(runs: readonly T[]): T[] {
  let ordered = [...runs];
  const highest = Math.max(0, ...runs.map((run) => run.level));
  const lowestOdd = Math.min(...runs.map((run) => (run.level % 2 ? run.level : run.level + 1)));
  for (let level = highest; level >= lowestOdd && level >= 1; level -= 1) {
    const next: T[] = [];
    let stretch: T[] = [];
    for (const run of ordered) {
      if (run.level >= level) {
        stretch.push(run);
        continue;
      }
      next.push(...stretch.reverse(), run);
      stretch = [];
    }
    ordered = [...next, ...stretch.reverse()];
  }
  return ordered;
}
