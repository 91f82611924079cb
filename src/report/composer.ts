import type { jsPDF } from 'jspdf';
import type { FlowLine } from './layout/paginate.js';
import type { Typesetter } from './layout/typeset.js';
import type { StructureTree, Tag } from './pdf/structure.js';
import type { TypeRole } from './theme.js';
import type { ReportWords } from './words/index.js';

/** Draws one placed line, given the distance from the page top to the line's top. */
export type DrawLine = (top: number) => void;

/** What every part of the report is composed with. */
export interface Composer {
  doc: jsPDF;
  /** Its `direction` is the report's: 'rtl' mirrors the layout. */
  typesetter: Typesetter;
  /** The tagged structure each drawing belongs to, made in reading order as the report is composed. */
  structure: StructureTree;
  /** The fixed words, in the reader's language. */
  words: ReportWords;
  /** The reader's locale, well formed (the words' language when none was given): page numbers use its digits. */
  locale: string;
  /** Left edge and width of the text column. */
  left: number;
  width: number;
}

/** True when the report is laid out from the right. */
export const fromRight = (c: Composer) => c.typesetter.direction === 'rtl';

/** A label in capitals, cased by the rules of the words' language. */
export const capitals = (c: Composer, text: string) => text.toLocaleUpperCase(c.words.lang);

/** Where the baseline of a line of a role sits below the line's top: glyphs centred in the leading. */
export const baseline = (role: TypeRole) => (role.leading + role.size * 0.7) / 2;

/** A paragraph wrapped to a width, each line drawn as content of `tag`. */
export function textLines(
  c: Composer,
  text: string,
  role: TypeRole,
  x: number,
  width: number,
  tag: Tag,
  maxLines = Infinity,
): FlowLine<DrawLine>[] {
  return c.typesetter.wrap(text, role, width, maxLines).map((line) => ({
    height: role.leading,
    content: (top) => c.typesetter.draw(line, role, x, top + baseline(role), width, tag),
  }));
}
