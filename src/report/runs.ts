/**
 * The runs of one line: characters grouped by font and direction, then put in
 * display order. jsPDF reverses the letters inside a right-to-left run; the
 * order of the runs, and what stands at their ends, is decided here.
 */

import type { FontFace } from './font-faces.js';
import type { EmbeddedFont } from './pdf-fonts.js';
import type { Direction } from './scripts.js';

/** A face as it is drawn: bold CJK is the regular face stroked, since only one CJK weight ships. */
export interface Pen {
  face: FontFace;
  font: EmbeddedFont;
  strokeBold: boolean;
  key: string;
}

export interface Cell {
  char: string;
  pen: Pen;
  direction: Direction;
}

export interface TextRun {
  text: string;
  pen: Pen;
  direction: Direction;
  width: number;
}

const LETTER = /\p{L}/u;
const DIGIT = /\p{Nd}/u;
const NUMBER_SEPARATOR = /[.,:/\u066b\u066c]/u;

export interface CellGroup {
  text: string;
  pen: Pen;
  direction: Direction;
  cells: Cell[];
}

/** Groups a line's cells into runs of one pen and one direction, in logical order. */
export function groupCells(cells: readonly Cell[]): CellGroup[] {
  const groups: CellGroup[] = [];
  for (const cell of cells) {
    const last = groups.at(-1);
    if (last && last.pen === cell.pen && last.direction === cell.direction) {
      last.text += cell.char;
      last.cells.push(cell);
    } else {
      groups.push({ text: cell.char, pen: cell.pen, direction: cell.direction, cells: [cell] });
    }
  }
  return groups.flatMap((group) => (group.direction === 'rtl' ? isolateRtlEdges(group) : [group]));
}

const group = (cells: Cell[]): CellGroup => ({
  text: cells.map((cell) => cell.char).join(''),
  pen: cells[0]!.pen,
  direction: cells[0]!.direction,
  cells,
});

/**
 * jsPDF reverses the letters of a right-to-left string but leaves spaces,
 * punctuation and digits at its ends where they are, as if the text read left
 * to right. So a right-to-left run keeps only what lies between its first and
 * last letter; each character outside (or number: digits stay left to right)
 * becomes a run of its own, which `visualOrder` puts on the correct side.
 */
function isolateRtlEdges(run: CellGroup): CellGroup[] {
  const first = run.cells.findIndex((cell) => LETTER.test(cell.char));
  if (first === -1) return edgeRuns(run.cells);
  let last = run.cells.length - 1;
  while (!LETTER.test(run.cells[last]!.char)) last -= 1;
  return [
    ...edgeRuns(run.cells.slice(0, first)),
    group(run.cells.slice(first, last + 1)),
    ...edgeRuns(run.cells.slice(last + 1)),
  ];
}

function edgeRuns(cells: Cell[]): CellGroup[] {
  const runs: Cell[][] = [];
  // A number stays whole: digits, with a separator between two of them ('1.8', '12:30').
  const extendsNumber = (run: Cell[], index: number) => {
    const tail = run.at(-1)!.char;
    const char = cells[index]!.char;
    if (DIGIT.test(tail))
      return DIGIT.test(char) || (NUMBER_SEPARATOR.test(char) && DIGIT.test(cells[index + 1]?.char ?? ''));
    return NUMBER_SEPARATOR.test(tail) && run.length > 1 && DIGIT.test(char);
  };
  cells.forEach((cell, index) => {
    const previous = runs.at(-1);
    if (previous && extendsNumber(previous, index)) previous.push(cell);
    else runs.push([cell]);
  });
  return runs.map(group);
}

/**
 * Orders a line's runs for display (Unicode bidi rule L2): embedding levels
 * are 0/1 in a left-to-right paragraph and 1/2 in a right-to-left one, and
 * every stretch at or above each level is reversed, highest level first.
 * The characters inside a right-to-left run are reversed by jsPDF itself.
 */
export function visualOrder(runs: TextRun[], paragraph: Direction): TextRun[] {
  const levelOf = (run: TextRun) =>
    paragraph === 'ltr' ? (run.direction === 'rtl' ? 1 : 0) : run.direction === 'rtl' ? 1 : 2;
  let ordered = runs.map((run) => ({ run, level: levelOf(run) }));
  const highest = Math.max(0, ...ordered.map((entry) => entry.level));
  for (let level = highest; level >= 1; level -= 1) {
    const next: typeof ordered = [];
    let stretch: typeof ordered = [];
    for (const entry of ordered) {
      if (entry.level >= level) {
        stretch.push(entry);
        continue;
      }
      next.push(...stretch.reverse(), entry);
      stretch = [];
    }
    ordered = [...next, ...stretch.reverse()];
  }
  return ordered.map(({ run }) => run);
}
