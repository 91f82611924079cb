import type { jsPDF } from 'jspdf';
import type { FontFace, FontWeight } from './font-faces.js';
import { embeddedFont, fontDraws } from './pdf-fonts.js';
import { groupCells, visualOrder } from './runs.js';
import type { Cell, Pen, TextRun } from './runs.js';
import { paragraphDirection, splitRuns } from './scripts.js';
import type { Direction, Script } from './scripts.js';

export type { TextRun };

export interface TextStyle {
  weight: FontWeight;
  /** Font size in points. */
  size: number;
  color: string;
  /** Extra space between characters, in points (letter-spaced labels). */
  charSpace?: number;
}

/** One line, its runs in visual order (left to right), ready to draw. */
export interface TextLine {
  runs: TextRun[];
  width: number;
  direction: Direction;
}

// What no embedded font draws: emoji and their joiners vanish, anything else shows as one U+FFFD.
const DROPPED_WHEN_UNDRAWABLE =
  /[\p{Extended_Pictographic}\p{Emoji_Modifier}\p{Regional_Indicator}\p{Variation_Selector}\p{M}\u20e3]/u;
const REPLACEMENT = '\ufffd';
const CJK_BREAKABLE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Bopomofo}]/u;
const STROKE_BOLD_RATIO = 0.035;

/**
 * Lays text out in the embedded fonts: picks a font for every character (its
 * script's, then any that has the glyph), wraps lines at spaces and between
 * CJK characters (never inside a word unless the word alone is too wide), and
 * orders the runs of each line for display.
 */
export class Typesetter {
  private readonly pens = new Map<string, Pen>();
  private readonly penLists = new Map<string, Pen[]>();
  private readonly choices = new Map<string, Pen | null>();

  constructor(
    private readonly doc: jsPDF,
    private readonly faces: readonly FontFace[],
  ) {}

  /** Wraps a paragraph to a width; an empty paragraph gives no lines. */
  wrap(text: string, style: TextStyle, maxWidth: number): TextLine[] {
    const { lines, direction } = this.breakLines(text, style, maxWidth);
    return lines.map((cells) => this.line(cells, direction, style)).filter((line) => line.runs.length > 0);
  }

  /** The first line of a text; when the text is longer, it is cut and ends with '…'. */
  truncate(text: string, style: TextStyle, maxWidth: number): TextLine | undefined {
    const whole = this.breakLines(text, style, maxWidth);
    if (whole.lines.length <= 1) return this.wrap(text, style, maxWidth)[0];
    const ellipsis = this.cells('…', style.weight).cells.map((cell) => ({
      ...cell,
      direction: whole.direction,
    }));
    const cut = this.breakLines(text, style, maxWidth - this.measure(ellipsis, style));
    return this.line([...withoutTrailingSpaces(cut.lines[0]!), ...ellipsis], whole.direction, style);
  }

  /**
   * Draws a line with its baseline at y inside a box; by default a
   * right-to-left line sits against the box's right edge.
   */
  draw(
    line: TextLine,
    style: TextStyle,
    x: number,
    y: number,
    boxWidth: number,
    align: 'left' | 'right' = line.direction === 'rtl' ? 'right' : 'left',
  ): void {
    const { doc } = this;
    let cursor = align === 'right' ? x + boxWidth - line.width : x;
    doc.setTextColor(style.color);
    for (const run of line.runs) {
      const size = style.size * run.pen.face.scale;
      doc.setFont(run.pen.face.family, 'normal');
      doc.setFontSize(size);
      if (run.pen.strokeBold) {
        doc.setDrawColor(style.color);
        doc.setLineWidth(size * STROKE_BOLD_RATIO);
        doc.text(run.text, cursor, y, { renderingMode: 'fillThenStroke', charSpace: style.charSpace ?? 0 });
      } else {
        doc.text(run.text, cursor, y, { charSpace: style.charSpace ?? 0 });
      }
      cursor += run.width;
    }
  }

  /** Greedy line breaking, in logical order: as many whole words per line as fit. */
  private breakLines(
    text: string,
    style: TextStyle,
    maxWidth: number,
  ): { lines: Cell[][]; direction: Direction } {
    const { cells, direction } = this.cells(text, style.weight);
    const lines: Cell[][] = [];
    let line: Cell[] = [];
    let lineWidth = 0;
    // A word fits when it does without its trailing space; the space still counts before the next word.
    const place = (cellsToPlace: Cell[], width: number, widthToFit = width) => {
      if (line.length > 0 && lineWidth + widthToFit > maxWidth) {
        lines.push(line);
        line = [];
        lineWidth = 0;
      }
      line.push(...cellsToPlace);
      lineWidth += width;
    };
    for (const token of this.tokens(cells)) {
      const wordWidth = this.measure(withoutTrailingSpaces(token), style);
      // A word wider than the line (a long URL, an unbroken string) is broken between characters.
      if (wordWidth > maxWidth) for (const cell of token) place([cell], this.measure([cell], style));
      else place(token, this.measure(token, style), wordWidth);
    }
    if (line.length > 0) lines.push(line);
    return { lines, direction };
  }

  private pen(face: FontFace, strokeBold: boolean): Pen {
    const key = `${face.file}${strokeBold ? '+stroke' : ''}`;
    let pen = this.pens.get(key);
    if (!pen) this.pens.set(key, (pen = { face, font: embeddedFont(this.doc, face), strokeBold, key }));
    return pen;
  }

  /** The pens to try for a script at a weight, best first: its own face, then Latin, then any other. */
  private pensFor(script: Script, weight: FontWeight): Pen[] {
    const key = `${script}/${weight}`;
    let list = this.penLists.get(key);
    if (list) return list;
    const scripts: Script[] = [script, 'latin', 'arabic', 'cjk'];
    list = [...new Set(scripts)].flatMap((candidate) => {
      const exact = this.faces.find((face) => face.script === candidate && face.weight === weight);
      const regular = this.faces.find((face) => face.script === candidate && face.weight === 'regular');
      if (exact) return [this.pen(exact, false)];
      return regular ? [this.pen(regular, weight === 'bold')] : [];
    });
    this.penLists.set(key, list);
    return list;
  }

  private penFor(char: string, script: Script, weight: FontWeight): Pen | undefined {
    const key = `${script}/${weight}/${char}`;
    let pen = this.choices.get(key);
    if (pen === undefined) {
      pen = this.pensFor(script, weight).find((candidate) => fontDraws(candidate.font, char)) ?? null;
      this.choices.set(key, pen);
    }
    return pen ?? undefined;
  }

  private cells(text: string, weight: FontWeight): { cells: Cell[]; direction: Direction } {
    const direction = paragraphDirection(text);
    const cells: Cell[] = [];
    for (const run of splitRuns(text, direction)) {
      for (const original of run.text) {
        let char = original;
        let pen = this.penFor(char, run.script, weight);
        if (!pen) {
          if (DROPPED_WHEN_UNDRAWABLE.test(char) || cells.at(-1)?.char === REPLACEMENT) continue;
          char = REPLACEMENT;
          pen = this.penFor(char, 'latin', weight);
          if (!pen) continue;
        }
        // Dropping a character can leave two spaces together, or one at the start.
        if (char === ' ' && (cells.length === 0 || cells.at(-1)!.char === ' ')) continue;
        cells.push({ char, pen, direction: run.direction });
      }
    }
    return { cells, direction };
  }

  /** Splits cells where a line may break: after spaces, and around CJK characters. */
  private tokens(cells: Cell[]): Cell[][] {
    const tokens: Cell[][] = [];
    let token: Cell[] = [];
    cells.forEach((cell, index) => {
      const previous = cells[index - 1];
      const breakHere =
        previous !== undefined &&
        cell.char !== ' ' &&
        (previous.char === ' ' || CJK_BREAKABLE.test(cell.char) || CJK_BREAKABLE.test(previous.char));
      if (breakHere && token.length > 0) {
        tokens.push(token);
        token = [];
      }
      token.push(cell);
    });
    if (token.length > 0) tokens.push(token);
    return tokens;
  }

  private measure(cells: readonly Cell[], style: TextStyle): number {
    let width = (style.charSpace ?? 0) * cells.length;
    for (const group of groupCells(cells)) {
      // getStringUnitWidth shapes Arabic first, so joined letters are measured as drawn.
      const size = style.size * group.pen.face.scale;
      width += this.doc.getStringUnitWidth(group.text, { font: group.pen.font, fontSize: size }) * size;
    }
    return width;
  }

  private line(cells: Cell[], direction: Direction, style: TextStyle): TextLine {
    const runs: TextRun[] = groupCells(withoutEdgeSpaces(cells)).map((group) => ({
      text: group.text,
      pen: group.pen,
      direction: group.direction,
      width: this.measure(group.cells, style),
    }));
    return {
      runs: visualOrder(runs, direction),
      width: runs.reduce((sum, run) => sum + run.width, 0),
      direction,
    };
  }
}

function withoutEdgeSpaces(cells: readonly Cell[]): Cell[] {
  const start = cells.findIndex((cell) => cell.char !== ' ');
  return start === -1 ? [] : withoutTrailingSpaces(cells.slice(start));
}

function withoutTrailingSpaces(cells: readonly Cell[]): Cell[] {
  let end = cells.length;
  while (end > 0 && cells[end - 1]!.char === ' ') end -= 1;
  return cells.slice(0, end);
}
