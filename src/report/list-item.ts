import type { Composer, DrawLine } from './composer.js';
import { baseline } from './composer.js';
import type { FlowBlock, FlowLine } from './layout/paginate.js';
import type { ReportItem } from './model.js';
import { REPORT_TEXT } from './model.js';
import { pdfHexString } from './pdf/internals.js';
import type { StructElement } from './pdf/structure.js';
import { COLOR, SPACE, TYPE } from './theme.js';
import type { TypeRole } from './theme.js';

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
  const { structure } = c;
  const element = structure.add('LI', list);
  const label = structure.add('Lbl', element, `/ActualText ${markerText(checkbox)}`);
  // Text and owner line straight in the body: a long list is thousands of items, each element an object.
  const body = structure.add('LBody', element);
  const textWidth = c.width - SPACE.listIndent;
  const meta = [
    item.owner ? `${REPORT_TEXT.owner}: ${item.owner}` : '',
    item.due ? `${REPORT_TEXT.due}: ${item.due}` : '',
  ]
    .filter(Boolean)
    .join('  ·  ');
  const textRows = c.typesetter.wrap(item.text, TYPE.body, textWidth);
  const rtl = textRows[0]?.direction === 'rtl';
  const textLeft = rtl ? c.left : c.left + SPACE.listIndent;
  const lines = [
    ...textRows.map((line) => ({ line, role: TYPE.body as TypeRole, tag: body })),
    ...c.typesetter
      .wrap(meta, TYPE.meta, textWidth)
      .map((line) => ({ line, role: TYPE.meta as TypeRole, tag: body })),
  ].map(({ line, role, tag }, index): FlowLine<DrawLine> => ({
    height: role.leading,
    content: (top) => {
      if (index === 0) {
        const x = rtl ? c.left + c.width - SPACE.listIndent / 2 : c.left + 4;
        structure.mark(label, () => drawMarker(c, checkbox, x, top, role));
      }
      // Owner and due date line up with the item's text, whichever way that reads.
      c.typesetter.draw(line, role, textLeft, top + baseline(role), textWidth, tag, rtl ? 'right' : 'left');
    },
  }));
  // Short items move whole so owner and due date stay beside their text; long ones may flow.
  return { spaceBefore, keepTogether: lines.length <= 6, lines };
}

function drawMarker(c: Composer, checkbox: boolean, x: number, top: number, role: TypeRole): void {
  const middle = top + baseline(role) - role.size * 0.33;
  if (checkbox) {
    const side = 7.5;
    c.doc.setDrawColor(COLOR.accent);
    c.doc.setLineWidth(0.9);
    c.doc.roundedRect(x - 1, middle - side / 2, side, side, 1.2, 1.2, 'S');
  } else {
    c.doc.setFillColor(COLOR.accent);
    c.doc.circle(x + 2, middle, 1.8, 'F');
  }
}
