import type { FontPiece, FontWeight } from '../fonts/piece-index.js';
import type { HarfBuzz, ShapingFont } from '../fonts/shaping-font.js';
import { assignPieces } from './assign.js';
import { bidiLevels } from './bidi.js';

/** One glyph, in em of the text's size (the family's scale applied); `id` is a code point for placeholders. */
export interface Glyph {
  id: number;
  /** UTF-16 offset of the first character the glyph belongs to. */
  cluster: number;
  advance: number;
  dx: number;
  dy: number;
}

/** A stretch of one font piece and one bidi level, its glyphs in display order. */
export interface GlyphRun {
  start: number;
  end: number;
  level: number;
  /** Undefined for characters no font has: drawn as placeholders. */
  font: ShapingFont | undefined;
  piece: FontPiece | undefined;
  glyphs: Glyph[];
}

/** A paragraph shaped once: its runs, and per UTF-16 offset the advance of the cluster starting there. */
export interface ShapedText {
  text: string;
  /** Bidi paragraph level: 0 left-to-right, 1 right-to-left. */
  base: number;
  runs: GlyphRun[];
  advance: Float64Array;
  clusterStart: Uint8Array;
}

/** What shaping needs: HarfBuzz, and the parsed font of each piece the text uses. */
export interface ShapingContext {
  hb: HarfBuzz;
  fontOf(piece: FontPiece): ShapingFont | undefined;
  scaleOf(piece: FontPiece): number;
}

/** The width of the placeholder for a code point, in em: a box with its hex digits in two rows. */
export function placeholderAdvance(code: number): number {
  return code > 0xffff ? 0.75 : 0.6;
}

/** Context either side of a run (for Arabic joining across fonts), kept short for long paragraphs. */
const CONTEXT = 16;

let buffer: InstanceType<HarfBuzz['Buffer']> | undefined;

function splitByLevel(
  text: string,
  start: number,
  end: number,
  levels: Uint8Array,
): [number, number, number][] {
  const parts: [number, number, number][] = [];
  for (let i = start; i < end; i += 1) {
    const last = parts.at(-1);
    // The two halves of a surrogate pair always stay together.
    const lowSurrogate = (text.charCodeAt(i) & 0xfc00) === 0xdc00;
    if (last && (last[2] === levels[i] || lowSurrogate)) last[1] = i + 1;
    else parts.push([i, i + 1, levels[i]!]);
  }
  return parts;
}

function shapeRun(ctx: ShapingContext, text: string, run: GlyphRun): void {
  const { hb } = ctx;
  const rtl = run.level % 2 === 1;
  if (!run.font || !run.piece) {
    for (let i = run.start; i < run.end;) {
      const code = text.codePointAt(i)!;
      run.glyphs.push({ id: code, cluster: i, advance: placeholderAdvance(code), dx: 0, dy: 0 });
      i += code > 0xffff ? 2 : 1;
    }
    if (rtl) run.glyphs.reverse();
    return;
  }
  let from = Math.max(0, run.start - CONTEXT);
  let to = Math.min(text.length, run.end + CONTEXT);
  // Never cut a surrogate pair at the edge of the context.
  if (from > 0 && /[\udc00-\udfff]/.test(text[from]!)) from -= 1;
  if (to < text.length && /[\udc00-\udfff]/.test(text[to]!)) to += 1;
  buffer ??= new hb.Buffer();
  buffer.reset();
  buffer.addText(text.slice(from, to), run.start - from, run.end - run.start);
  buffer.guessSegmentProperties();
  buffer.setDirection(rtl ? hb.Direction.RTL : hb.Direction.LTR);
  hb.shape(run.font.font, buffer);
  const em = ctx.scaleOf(run.piece) / run.font.upem;
  // Two plain arrays: getGlyphInfosAndPositions() defines extra properties on every glyph, which costs.
  const infos = buffer.getGlyphInfos();
  const positions = buffer.getGlyphPositions();
  infos.forEach((info, i) => {
    const position = positions[i]!;
    run.glyphs.push({
      id: info.codepoint,
      cluster: info.cluster + from,
      advance: position.xAdvance * em,
      dx: position.xOffset * em,
      dy: position.yOffset * em,
    });
  });
}

/**
 * Shapes a paragraph: bidi levels (bidi-js; `direction` is the report's, see
 * `bidiLevels`), a font piece per character,
 * then HarfBuzz on each run of one piece and one level.
 */
export function shapeText(
  ctx: ShapingContext,
  text: string,
  weight: FontWeight,
  direction: 'ltr' | 'rtl' = 'ltr',
): ShapedText {
  const { levels, base } = bidiLevels(text, direction);
  const runs: GlyphRun[] = [];
  for (const span of assignPieces(text, weight)) {
    const font = span.piece && ctx.fontOf(span.piece);
    for (const [start, end, level] of splitByLevel(text, span.start, span.end, levels)) {
      const run: GlyphRun = { start, end, level, font, piece: font ? span.piece : undefined, glyphs: [] };
      shapeRun(ctx, text, run);
      runs.push(run);
    }
  }
  const advance = new Float64Array(text.length + 1);
  const clusterStart = new Uint8Array(text.length + 1);
  clusterStart[text.length] = 1;
  for (const run of runs) {
    for (const glyph of run.glyphs) {
      advance[glyph.cluster] += glyph.advance;
      clusterStart[glyph.cluster] = 1;
    }
  }
  return { text, base, runs, advance, clusterStart };
}
