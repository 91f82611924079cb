/**
 * Page breaking for the report. Content arrives as blocks of lines; a line is
 * never split across pages. A block marked `keepWithNext` (a heading) moves to
 * the next page unless the first lines of the following block fit under it; a
 * `keepTogether` block (a short list item, the QR panel) moves whole. A block
 * of a list that goes on to a new page brings its `continued` heading with it.
 */

export interface FlowLine<T> {
  height: number;
  content: T;
}

export interface FlowBlock<T> {
  lines: FlowLine<T>[];
  /** Space above the block; dropped at the top of a page. */
  spaceBefore: number;
  keepWithNext?: boolean;
  keepTogether?: boolean;
  /** Lines set at the top of any new page the block starts or goes on to: its list's heading, "(continued)". */
  continued?: FlowLine<T>[];
}

export interface PlacedLine<T> {
  /** Distance from the top of the page to the top of the line. */
  top: number;
  height: number;
  content: T;
}

export interface PageFrame {
  top: number;
  bottom: number;
}

/** How many lines of the next block a heading keeps with it: two, so a paragraph does not start as an orphan. */
const LINES_KEPT_WITH_HEADING = 2;

const heightOf = <T>(lines: readonly FlowLine<T>[]) => lines.reduce((sum, line) => sum + line.height, 0);

/** Places every line of every block on pages; returns the pages, each a list of placed lines. */
export function paginate<T>(blocks: readonly FlowBlock<T>[], frame: PageFrame): PlacedLine<T>[][] {
  const pages: PlacedLine<T>[][] = [[]];
  let y = frame.top;
  let continued: FlowLine<T>[] | undefined;
  let headed = false;
  const atTop = () => y === frame.top || headed;
  const newPage = () => {
    pages.push([]);
    y = frame.top;
    headed = false;
    for (const line of continued ?? []) {
      pages.at(-1)!.push({ top: y, height: line.height, content: line.content });
      y += line.height;
      headed = true;
    }
  };
  const fits = (height: number) => y + height <= frame.bottom;

  blocks.forEach((block, index) => {
    if (block.lines.length === 0) return;
    continued = block.continued;
    const spaceBefore = atTop() ? 0 : block.spaceBefore;
    const height = heightOf(block.lines);
    let needed = spaceBefore + height;
    if (block.keepWithNext) {
      const next = blocks.slice(index + 1).find((candidate) => candidate.lines.length > 0);
      if (next) needed += next.spaceBefore + heightOf(next.lines.slice(0, LINES_KEPT_WITH_HEADING));
    }
    const keepsWhole = block.keepWithNext || block.keepTogether;
    // A block taller than a whole page cannot be kept together; it flows instead.
    if (keepsWhole && !atTop() && !fits(needed) && needed <= frame.bottom - frame.top) newPage();
    else y += spaceBefore;

    for (const line of block.lines) {
      if (!fits(line.height) && !atTop()) newPage();
      pages.at(-1)!.push({ top: y, height: line.height, content: line.content });
      y += line.height;
      headed = false;
    }
  });
  return pages;
}
