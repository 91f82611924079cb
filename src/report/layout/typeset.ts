import type { jsPDF } from 'jspdf';
import type { FontPiece, FontWeight } from '../fonts/piece-index.js';
import type { ShapingFont } from '../fonts/shaping-font.js';
import { GlyphFonts } from '../pdf/glyph-fonts.js';
import { fine, internalsOf, num } from '../pdf/internals.js';
import { END_MARKED } from '../pdf/structure.js';
import type { StructureTree, Tag } from '../pdf/structure.js';
import { TextLayer } from '../pdf/text-layer.js';
import { shapeText } from '../text/shape.js';
import type { Glyph, ShapedText, ShapingContext } from '../text/shape.js';
import { breakLines } from './line-break.js';
import { layerChunks, placeLine } from './visual-line.js';

export interface TextStyle {
  weight: FontWeight;
  /** Font size in points. */
  size: number;
  color: string;
  /** Extra space after each character, in points (letter-spaced labels). */
  charSpace?: number;
}

export type Direction = 'ltr' | 'rtl';

/** One line of a shaped paragraph, ready to draw. */
export interface TextLine {
  shaped: ShapedText;
  start: number;
  end: number;
  /** Width in points at the style it was set for. */
  width: number;
  direction: Direction;
}

/** The context a typesetter draws with: shaping, and the font that writes a placeholder's hex digits. */
export interface TypesetContext extends ShapingContext {
  digits: ShapingFont;
}

const ELLIPSIS = '…';

const colors = new Map<string, string>();

/** Fill and stroke colour operators for a '#rrggbb' colour (strokes make synthetic bold), made once. */
function colorOps(hex: string): string {
  let ops = colors.get(hex);
  if (!ops) {
    const rgb = [1, 3, 5].map((at) => num(parseInt(hex.slice(at, at + 2), 16) / 255)).join(' ');
    colors.set(hex, (ops = `${rgb} rg ${rgb} RG`));
  }
  return ops;
}

/** Scripts whose letters join: spacing them out would break the strokes between letters. */
const JOINING = /[\p{Script=Arabic}\p{Script=Syriac}\p{Script=Nko}\p{Script=Mongolian}\p{Script=Adlam}]/u;

/** The letter spacing a style asks for, none for a text in a joining script (CSS Text 3 says the same). */
function letterSpacing(style: TextStyle, text: string): number {
  return style.charSpace && !JOINING.test(text) ? style.charSpace : 0;
}

/**
 * Lays text out for the PDF: shapes each paragraph once (HarfBuzz), wraps it,
 * and draws lines as glyph outlines with an invisible text layer on top, so
 * what a reader copies or searches is the text as written.
 */
export class Typesetter {
  private readonly shaped = new Map<string, ShapedText>();
  private readonly glyphs: GlyphFonts;
  private readonly layer: TextLayer;

  constructor(
    private readonly doc: jsPDF,
    private readonly ctx: TypesetContext,
    private readonly structure: StructureTree,
    /** The report's direction: the side lines are set against, and the bidi direction it prefers. */
    readonly direction: Direction = 'ltr',
  ) {
    this.glyphs = new GlyphFonts(doc);
    this.layer = new TextLayer(doc);
  }

  /** Wraps a paragraph to a width; an empty paragraph gives no lines. With `maxLines`, the last is ellipsized. */
  wrap(text: string, style: TextStyle, maxWidth: number, maxLines = Infinity): TextLine[] {
    const shaped = this.shape(text, style.weight);
    const spacing = letterSpacing(style, text) / style.size;
    const ranges = breakLines(shaped, maxWidth / style.size, spacing);
    const lines = ranges.map((range) => this.line(shaped, range.start, range.end, range.width * style.size));
    if (lines.length <= maxLines) return lines;
    const last = this.truncate(text.slice(lines[maxLines - 1]!.start), style, maxWidth);
    return [...lines.slice(0, maxLines - 1), ...(last ? [last] : [])];
  }

  /** The first line of a text; when the text is longer, it is cut and ends with '…'. */
  truncate(text: string, style: TextStyle, maxWidth: number): TextLine | undefined {
    const lines = this.wrap(text, style, maxWidth);
    if (lines.length <= 1) return lines[0];
    const shaped = lines[0]!.shaped;
    const spacing = letterSpacing(style, text) / style.size;
    const room = maxWidth / style.size - this.width(this.shape(ELLIPSIS, style.weight), spacing);
    let end = 0;
    let width = 0;
    for (let i = 0; i < shaped.text.length; i += 1) {
      if (!shaped.clusterStart[i]) continue;
      if (width > room) break;
      end = i;
      width += shaped.advance[i]! + spacing;
    }
    if (width <= room) end = shaped.text.length;
    return this.wrap(`${shaped.text.slice(0, end).trimEnd()}${ELLIPSIS}`, style, Infinity)[0];
  }

  /**
   * Draws a line with its baseline at y inside a box, as content of the element or artifact `tag`.
   * By default a line sits against the right edge when it reads right to left or the whole report
   * does, so a right-to-left report keeps one edge.
   */
  draw(
    line: TextLine,
    style: TextStyle,
    x: number,
    y: number,
    boxWidth: number,
    tag: Tag,
    align: 'left' | 'right' = line.direction === 'rtl' || this.direction === 'rtl' ? 'right' : 'left',
  ): void {
    const { doc } = this;
    const left = align === 'right' ? x + boxWidth - line.width : x;
    const spacing = letterSpacing(style, line.shaped.text);
    const parts = placeLine(line.shaped, line.start, line.end, left, style.size, spacing);
    const baseline = internalsOf(doc).pageSize.getHeight() - y;
    let ops = '';
    for (const part of parts) {
      const { font, piece } = part.run;
      if (font && piece) {
        ops += this.glyphRun(part.glyphs, font, piece, style.size, spacing, part.x, baseline);
        continue;
      }
      let cursor = part.x;
      for (const glyph of part.glyphs) {
        ops += this.placeholder(glyph, cursor, baseline, style.size);
        cursor += glyph.advance * style.size + spacing;
      }
    }
    const internals = internalsOf(doc);
    // The words exist once, in the text layer: that is the element's content. The outlines only show them,
    // so they are an artifact; tagged as content too, reflow and assistive tools would get each line twice,
    // once as words and once as a picture of them. An artifact line is one sequence, outlines and words.
    // The glyphs are text to extraction tools: an empty /ActualText tells them there is nothing to read.
    const drawn = `${colorOps(style.color)}\n/Span <</ActualText ()>> BDC\n${ops}EMC`;
    if (typeof tag === 'string') internals.write(`${this.structure.open(tag)}\n${drawn}`);
    else
      internals.write(
        `${this.structure.open('layout')}\n${drawn}\n${END_MARKED}\n${this.structure.open(tag)}`,
      );
    for (const chunk of layerChunks(parts)) {
      this.layer.write(chunk.chars, chunk.x, y, style.size, chunk.rtl ? 'rtl' : 'ltr');
    }
    internals.write(END_MARKED);
  }

  private shape(text: string, weight: FontWeight): ShapedText {
    const key = `${weight}\u0000${text}`;
    let shaped = this.shaped.get(key);
    if (!shaped) this.shaped.set(key, (shaped = shapeText(this.ctx, text, weight, this.direction)));
    return shaped;
  }

  private width(shaped: ShapedText, spacing: number): number {
    let width = 0;
    for (let i = 0; i < shaped.text.length; i += 1)
      if (shaped.clusterStart[i]) width += shaped.advance[i]! + spacing;
    return width;
  }

  private line(shaped: ShapedText, start: number, end: number, width: number): TextLine {
    return { shaped, start, end, width, direction: shaped.base % 2 ? 'rtl' : 'ltr' };
  }

  /**
   * One run's glyphs as a text object: each glyph a code of a glyph font, placed
   * by the font's own advance and a TJ adjustment wherever shaping moved it
   * (kerning, marks, letter spacing). Positions are kept in thousandths of the
   * font size, rounded per glyph, so rounding never adds up along a line.
   */
  private glyphRun(
    glyphs: readonly Glyph[],
    font: ShapingFont,
    piece: FontPiece,
    size: number,
    spacing: number,
    x: number,
    baseline: number,
  ): string {
    const scale = this.ctx.scaleOf(piece);
    // Thousandths of the font size per em of the text size.
    const perEm = 1000 / scale;
    let ops = `BT ${num(x)} ${num(baseline)} Td`;
    let resource = '';
    let rise = 0;
    let shown = '';
    let inString = false;
    let pen = 0;
    let at = 0;
    const close = () => {
      if (resource) ops += `${shown}${inString ? ')' : ''}]TJ`;
      shown = '[';
      inString = false;
    };
    for (let index = 0; index < glyphs.length; index += 1) {
      const glyph = glyphs[index]!;
      const placed = this.glyphs.glyph(font, glyph.id, piece.syntheticBold);
      if (placed) {
        const wantRise = glyph.dy ? Math.round(glyph.dy * size * 100) / 100 : 0;
        if (placed.resource !== resource || wantRise !== rise) {
          close();
          if (placed.resource !== resource) ops += `/${placed.resource} ${fine(size * scale)} Tf`;
          if (wantRise !== rise) ops += ` ${wantRise} Ts`;
          [resource, rise] = [placed.resource, wantRise];
        }
        const move = Math.round(at - (pen + glyph.dx) * perEm);
        if (move) {
          shown += `${inString ? ')' : ''}${move}(`;
          at -= move;
        } else if (!inString) shown += '(';
        inString = true;
        shown += placed.chars;
        at += placed.advance;
      }
      pen += glyph.advance;
      if (glyphs[index + 1]?.cluster !== glyph.cluster) pen += spacing / size;
    }
    // A run of spaces draws nothing.
    if (!resource) return '';
    close();
    // The rise outlives the text object, as the other text state does.
    return `${ops}${rise ? ' 0 Ts' : ''} ET\n`;
  }

  /**
   * A character no font has: a thin box with its code point in hex, as
   * type designers' last-resort fonts show it, never a blank or a "�".
   */
  private placeholder(glyph: Glyph, x: number, baseline: number, size: number): string {
    const width = glyph.advance * size;
    const box = `${num(x + 0.06 * size)} ${num(baseline - 0.12 * size)} ${num(width - 0.12 * size)} ${num(0.86 * size)} re S`;
    const hex = glyph.id.toString(16).toUpperCase().padStart(4, '0');
    const rows = hex.length > 4 ? [hex.slice(0, 3), hex.slice(3)] : [hex.slice(0, 2), hex.slice(2)];
    const { digits } = this.ctx;
    const digitSize = 0.3 * size;
    let ops = `q ${num(0.04 * size)} w ${box} Q\n`;
    rows.forEach((row, r) => {
      let cursor = x + (width - row.length * 0.55 * digitSize) / 2;
      const rowBaseline = baseline + (r === 0 ? 0.4 : 0.04) * size;
      for (const char of row) {
        const id = digits.font.glyph(char.codePointAt(0)!);
        const placed = id === undefined ? undefined : this.glyphs.glyph(digits, id, false);
        if (placed)
          ops += `BT /${placed.resource} ${fine(digitSize)} Tf ${num(cursor)} ${num(rowBaseline)} Td (${placed.chars})Tj ET\n`;
        cursor += 0.55 * digitSize;
      }
    });
    return ops;
  }
}
