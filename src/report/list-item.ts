import type { Composer, DrawLine } from './composer.js';
import { baseline, fromRight } from './composer.js';
import type { FlowBlock, FlowLine } from './layout/paginate.js';
import type { ReportItem } from './model.js';
import { pdfHexString } from './pdf/internals.js';
import type { StructElement } from './pdf/structure.js';
import { COLOR, SPACE, TYPE } from './theme.js';
import type { TypeRole } from './theme.js';
import { fill } from './words/index.js';

/** The list element of an insight's items: checkboxes for action items, bullets otherwise. */
export function listElement(c: Composer, parent: StructElement, checkbox: boolean): StructElement {
  return c.structure.add('L', parent, `/A << /O /List /ListNumbering /${checkbox ? 'None' : 'Disc'} >>`);
}

/** What the marker says when read aloud: an open box for a to-do, a bullet otherwise. */
const markerText = (checkbox: boolean) => pdfHexString(checkbox ? '\u2610' : '\u2022');

/**
 * A list item: its marker (checkbox for action items, bullet otherwise), its
 * text, then owner and due date. Tagged as LI with the marker as its label and
 * text and owner line as its body.
 */
export function listItem(
  c: Composer,
  list: StructElement,
  item: ReportItem,
  checkbox: boolean,
  spaceBefore: number,
): FlowBlock<DrawLine> {
  const { structure, words } = c;
  const element = structure.add('LI', list);
  const label = structure.add('Lbl', element, `/ActualText ${markerText(checkbox)}`);
  // Text and owner line straight in the body: a long list is thousands of items, each element an object.
  const body = structure.add('LBody', element);
  const textWidth = c.width - SPACE.listIndent;
  const meta = [
    item.owner ? fill(words.labelled, { label: words.owner, value: item.owner }) : '',
    item.due ? fill(words.labelled, { label: words.due, value: item.due }) : '',
  ]
    .filter(Boolean)
    .join('  ·  ');
  const textRows = c.typesetter.wrap(item.text, TYPE.body, textWidth);
  // The marker goes at the start of the line: the right in a right-to-left report or item.
  const rtl = fromRight(c) || textRows[0]?.direction === 'rtl';
  const textLeft = rtl ? c.left : c.left + SPACE.listIndent;
  const markerCentre = rtl ? c.left + c.width - MARKER_INSET : c.left + MARKER_INSET;
  const lines = [
    ...textRows.map((line) => ({ line, role: TYPE.body as TypeRole })),
    ...c.typesetter.wrap(meta, TYPE.meta, textWidth).map((line) => ({ line, role: TYPE.meta as TypeRole })),
  ].map(({ line, role }, index): FlowLine<DrawLine> => ({
    height: role.leading,
    content: (top) => {
      if (index === 0) structure.mark(label, () => drawMarker(c, checkbox, markerCentre, top, role));
      // Owner and due date line up with the item's text, whichever way that reads.
      c.typesetter.draw(line, role, textLeft, top + baseline(role), textWidth, body, rtl ? 'right' : 'left');
    },
  }));
  // Short items move whole so owner and due date stay beside their text; long ones may flow.
  return { spaceBefore, keepTogether: lines.length <= 6, lines };
}

/** From the column's edge to the middle of a list marker, in points. */
const MARKER_INSET = 6.5;

function drawMarker(c: Composer, checkbox: boolean, centre: number, top: number, role: TypeRole): void {
  const middle = top + baseline(role) - role.size * 0.33;
  if (checkbox) {
    const side = 7.5;
    c.doc.setDrawColor(COLOR.accent);
    c.doc.setLineWidth(0.9);
    c.doc.roundedRect(centre - side / 2, middle - side / 2, side, side, 1.2, 1.2, 'S');
  } else {
    c.doc.setFillColor(COLOR.accent);
    c.doc.circle(centre, middle, 1.8, 'F');
  }
}
