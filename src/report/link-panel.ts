import type { jsPDF } from 'jspdf';
import { baseline, fromRight } from './composer.js';
import type { Composer, DrawLine } from './composer.js';
import type { FlowBlock } from './layout/paginate.js';
import type { TextLine } from './layout/typeset.js';
import type { ReportModel } from './model.js';
import { fine, internalsOf, pdfHexString } from './pdf/internals.js';
import type { StructElement } from './pdf/structure.js';
import type { QrSymbol } from './qr.js';
import { COLOR, SPACE, TYPE } from './theme.js';
import type { TypeRole } from './theme.js';

/** Only web links become clickable and scannable; any other scheme is printed as plain text. */
export function webLink(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

function drawQr(doc: jsPDF, qr: QrSymbol, x: number, y: number): void {
  // Four modules of quiet zone on every side, as the QR specification asks.
  const module = SPACE.qrSize / (qr.size + 8);
  doc.setFillColor(COLOR.white);
  doc.rect(x, y, SPACE.qrSize, SPACE.qrSize, 'F');
  doc.setFillColor(COLOR.ink);
  // In module units: a few bytes per rectangle where jsPDF writes four 16-digit coordinates. Each is
  // filled on its own, so rasterizers still snap its edges to device pixels and the code stays crisp.
  const internals = internalsOf(doc);
  const top = internals.pageSize.getHeight() - y;
  let ops = `q ${fine(module)} 0 0 ${fine(-module)} ${fine(x + 4 * module)} ${fine(top - 4 * module)} cm`;
  for (const rect of qr.rects) ops += `\n${rect.x} ${rect.y} ${rect.width} ${rect.height} re f`;
  internals.write(`${ops}\nQ`);
}

interface PanelPart {
  role: TypeRole;
  lines: TextLine[];
  gapAfter: number;
  element: StructElement;
}

/**
 * The panel that links the paper back to Harmony: the QR code with the URL
 * printed beside it. Read as the figure (its alternate text names the link),
 * the caption, the link and the note on who can open it.
 */
export function linkPanel(c: Composer, model: ReportModel, qr: QrSymbol | undefined): FlowBlock<DrawLine> {
  const padding = SPACE.panelPadding;
  const { words, structure } = c;
  // The code stands where reading starts: on the left, or on the right in a right-to-left report.
  const qrRoom = qr ? SPACE.qrSize + padding : 0;
  const qrLeft = fromRight(c) ? c.left + c.width - padding - SPACE.qrSize : c.left + padding;
  const textLeft = c.left + padding + (fromRight(c) ? 0 : qrRoom);
  const textWidth = c.width - 2 * padding - qrRoom;
  const href = webLink(model.url);
  const alt = `${words.qrAlt}${words.listSeparator}${model.url}`;
  const figure = qr ? structure.add('Figure', undefined, `/Alt ${pdfHexString(alt)}`) : undefined;
  const caption = !model.url ? words.noLink : qr ? words.qrCaption : words.linkCaption;
  const captionElement = structure.add('P');
  const linkParagraph = structure.add('P');
  const linkElement = href ? structure.add('Link', linkParagraph) : linkParagraph;
  const accessElement = structure.add('P');
  const parts: PanelPart[] = [
    {
      role: TYPE.caption,
      lines: c.typesetter.wrap(caption, TYPE.caption, textWidth),
      gapAfter: 3,
      element: captionElement,
    },
    {
      role: TYPE.link,
      lines: c.typesetter.wrap(model.url, TYPE.link, textWidth),
      gapAfter: 6,
      element: linkElement,
    },
    {
      role: TYPE.meta,
      lines: model.url ? c.typesetter.wrap(words.access, TYPE.meta, textWidth) : [],
      gapAfter: 0,
      element: accessElement,
    },
  ];
  const textHeight = parts.reduce(
    (sum, part) => sum + part.lines.length * part.role.leading + part.gapAfter,
    0,
  );
  const height = Math.max(qr ? SPACE.qrSize : 0, textHeight) + 2 * padding;
  const draw: DrawLine = (top) => {
    structure.mark('layout', () => {
      c.doc.setFillColor(COLOR.panel);
      c.doc.roundedRect(c.left, top, c.width, height, 6, 6, 'F');
    });
    const qrBox = { x: qrLeft, y: top + padding, width: SPACE.qrSize, height: SPACE.qrSize };
    if (qr && figure) structure.mark(figure, () => drawQr(c.doc, qr, qrBox.x, qrBox.y));
    let y = top + padding + Math.max(0, ((qr ? SPACE.qrSize : textHeight) - textHeight) / 2);
    for (const part of parts) {
      const linkTop = y;
      for (const line of part.lines) {
        c.typesetter.draw(line, part.role, textLeft, y + baseline(part.role), textWidth, part.element);
        y += part.role.leading;
      }
      if (part.role === TYPE.link && href)
        structure.link(
          part.element,
          { x: textLeft, y: linkTop, width: textWidth, height: y - linkTop },
          href,
        );
      y += part.gapAfter;
    }
    // The code opens the same page as the printed link: one link, reached from both.
    if (qr && href) structure.link(linkElement, qrBox, href);
  };
  return { spaceBefore: SPACE.beforePanel, keepTogether: true, lines: [{ height, content: draw }] };
}
