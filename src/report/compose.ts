import type { jsPDF } from 'jspdf';
import type { ReportInsight, ReportItem, ReportModel } from './model.js';
import { REPORT_TEXT } from './model.js';
import type { FlowBlock, FlowLine } from './layout/paginate.js';
import type { QrSymbol } from './qr.js';
import { COLOR, SPACE, TYPE } from './theme.js';
import type { TypeRole } from './theme.js';
import type { TextLine, Typesetter } from './layout/typeset.js';

const TITLE_MAX_LINES = 3;

/** Draws one placed line, given the distance from the page top to the line's top. */
export type DrawLine = (top: number) => void;

export interface Composer {
  doc: jsPDF;
  typesetter: Typesetter;
  /** Left edge and width of the text column. */
  left: number;
  width: number;
}

/** Where the baseline of a line of a role sits below the line's top: glyphs centred in the leading. */
export const baseline = (role: TypeRole) => (role.leading + role.size * 0.7) / 2;

/** Only web links become clickable and scannable; any other scheme is printed as plain text. */
export function webLink(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

function textLines(
  c: Composer,
  text: string,
  role: TypeRole,
  x: number,
  width: number,
  maxLines = Infinity,
): FlowLine<DrawLine>[] {
  return c.typesetter.wrap(text, role, width, maxLines).map((line) => ({
    height: role.leading,
    content: (top) => c.typesetter.draw(line, role, x, top + baseline(role), width),
  }));
}

function header(c: Composer, model: ReportModel): FlowBlock<DrawLine>[] {
  return [
    {
      spaceBefore: 0,
      keepWithNext: true,
      lines: textLines(c, REPORT_TEXT.reportName.toUpperCase(), TYPE.eyebrow, c.left, c.width),
    },
    // A title of any length stays a heading: at most three lines, the last ellipsized (the metadata keeps it whole).
    {
      spaceBefore: SPACE.afterEyebrow,
      lines: textLines(c, model.title, TYPE.title, c.left, c.width, TITLE_MAX_LINES),
    },
  ];
}

function facts(c: Composer, model: ReportModel): FlowBlock<DrawLine>[] {
  const valueLeft = c.left + SPACE.factLabelWidth;
  const valueWidth = c.width - SPACE.factLabelWidth;
  return model.facts.map((fact, index) => {
    const label = c.typesetter.wrap(fact.label.toUpperCase(), TYPE.factLabel, SPACE.factLabelWidth)[0];
    const lines = textLines(c, fact.value, TYPE.body, valueLeft, valueWidth);
    const first = lines[0];
    if (first && label) {
      const drawValue = first.content;
      first.content = (top) => {
        c.typesetter.draw(label, TYPE.factLabel, c.left, top + baseline(TYPE.body), SPACE.factLabelWidth);
        drawValue(top);
      };
    }
    return { spaceBefore: index === 0 ? SPACE.beforeFacts : SPACE.factRowGap, keepTogether: true, lines };
  });
}

function drawQr(doc: jsPDF, qr: QrSymbol, x: number, y: number): void {
  // Four modules of quiet zone on every side, as the QR specification asks.
  const module = SPACE.qrSize / (qr.size + 8);
  doc.setFillColor(COLOR.white);
  doc.rect(x, y, SPACE.qrSize, SPACE.qrSize, 'F');
  doc.setFillColor(COLOR.ink);
  for (const rect of qr.rects) {
    doc.rect(
      x + (rect.x + 4) * module,
      y + (rect.y + 4) * module,
      rect.width * module,
      rect.height * module,
      'F',
    );
  }
}

/** The panel that links the paper back to Harmony: the QR code with the URL printed beside it. */
function linkPanel(c: Composer, model: ReportModel, qr: QrSymbol | undefined): FlowBlock<DrawLine> {
  const padding = SPACE.panelPadding;
  const textLeft = c.left + padding + (qr ? SPACE.qrSize + padding : 0);
  const textWidth = c.left + c.width - padding - textLeft;
  const href = webLink(model.url);
  const caption = !model.url ? REPORT_TEXT.noLink : qr ? REPORT_TEXT.qrCaption : REPORT_TEXT.linkCaption;
  const parts: { role: TypeRole; lines: TextLine[]; gapAfter: number }[] = [
    { role: TYPE.caption, lines: c.typesetter.wrap(caption, TYPE.caption, textWidth), gapAfter: 3 },
    { role: TYPE.link, lines: c.typesetter.wrap(model.url, TYPE.link, textWidth), gapAfter: 6 },
    {
      role: TYPE.meta,
      lines: model.url ? c.typesetter.wrap(REPORT_TEXT.access, TYPE.meta, textWidth) : [],
      gapAfter: 0,
    },
  ];
  const textHeight = parts.reduce(
    (sum, part) => sum + part.lines.length * part.role.leading + part.gapAfter,
    0,
  );
  const height = Math.max(qr ? SPACE.qrSize : 0, textHeight) + 2 * padding;
  const draw: DrawLine = (top) => {
    c.doc.setFillColor(COLOR.panel);
    c.doc.roundedRect(c.left, top, c.width, height, 6, 6, 'F');
    if (qr) drawQr(c.doc, qr, c.left + padding, top + padding);
    let y = top + padding + Math.max(0, ((qr ? SPACE.qrSize : textHeight) - textHeight) / 2);
    for (const part of parts) {
      const linkTop = y;
      for (const line of part.lines) {
        c.typesetter.draw(line, part.role, textLeft, y + baseline(part.role), textWidth);
        y += part.role.leading;
      }
      if (part.role === TYPE.link && href)
        c.doc.link(textLeft, linkTop, textWidth, y - linkTop, { url: href });
      y += part.gapAfter;
    }
    if (qr && href) c.doc.link(c.left + padding, top + padding, SPACE.qrSize, SPACE.qrSize, { url: href });
  };
  return { spaceBefore: SPACE.beforePanel, keepTogether: true, lines: [{ height, content: draw }] };
}

function insightsHeading(c: Composer): FlowBlock<DrawLine> {
  const [line] = textLines(c, REPORT_TEXT.insights.toUpperCase(), TYPE.eyebrow, c.left, c.width);
  const ruleGap = 10;
  return {
    spaceBefore: SPACE.beforeInsights,
    keepWithNext: true,
    lines: line
      ? [
          {
            height: TYPE.eyebrow.leading + ruleGap,
            content: (top) => {
              c.doc.setDrawColor(COLOR.rule);
              c.doc.setLineWidth(0.75);
              c.doc.line(c.left, top, c.left + c.width, top);
              line.content(top + ruleGap);
            },
          },
        ]
      : [],
  };
}

/** A list item: its marker (checkbox for action items, bullet otherwise), its text, then owner and due date. */
function listItem(
  c: Composer,
  item: ReportItem,
  checkbox: boolean,
  spaceBefore: number,
): FlowBlock<DrawLine> {
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
    ...textRows.map((line) => ({ line, role: TYPE.body as TypeRole })),
    ...c.typesetter.wrap(meta, TYPE.meta, textWidth).map((line) => ({ line, role: TYPE.meta as TypeRole })),
  ].map(({ line, role }, index): FlowLine<DrawLine> => ({
    height: role.leading,
    content: (top) => {
      if (index === 0)
        drawMarker(c, checkbox, rtl ? c.left + c.width - SPACE.listIndent / 2 : c.left + 4, top, role);
      // Owner and due date line up with the item's text, whichever way that reads.
      c.typesetter.draw(line, role, textLeft, top + baseline(role), textWidth, rtl ? 'right' : 'left');
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

function insightBlocks(c: Composer, insight: ReportInsight, first: boolean): FlowBlock<DrawLine>[] {
  const heading: FlowBlock<DrawLine> = {
    spaceBefore: first ? SPACE.afterHeading : SPACE.beforeHeading,
    keepWithNext: true,
    lines: textLines(c, insight.title, TYPE.heading, c.left, c.width),
  };
  // On a page the insight goes on to, its heading again, one line at most, followed by the usual gap.
  const continued = textLines(
    c,
    `${insight.title} ${REPORT_TEXT.continued}`,
    TYPE.heading,
    c.left,
    c.width,
    1,
  ).map((line) => ({ ...line, height: line.height + SPACE.afterHeading }));
  const paragraphs = insight.paragraphs.map((paragraph, index): FlowBlock<DrawLine> => ({
    spaceBefore: index === 0 ? SPACE.afterHeading : SPACE.paragraphGap,
    lines: textLines(c, paragraph, TYPE.body, c.left, c.width),
  }));
  const items = insight.items.map((item, index) =>
    listItem(
      c,
      item,
      insight.type === 'action-items',
      index === 0 && paragraphs.length === 0 ? SPACE.afterHeading : SPACE.itemGap,
    ),
  );
  const empty: FlowBlock<DrawLine>[] =
    paragraphs.length + items.length === 0
      ? [
          {
            spaceBefore: SPACE.afterHeading,
            lines: textLines(c, REPORT_TEXT.emptyInsight, TYPE.meta, c.left, c.width),
          },
        ]
      : [];
  return [heading, ...[...paragraphs, ...items, ...empty].map((block) => ({ ...block, continued }))];
}

/** The whole report as blocks, in reading order, ready for page breaking. */
export function composeReport(
  c: Composer,
  model: ReportModel,
  qr: QrSymbol | undefined,
): FlowBlock<DrawLine>[] {
  const insights = model.insights.length
    ? model.insights.flatMap((insight, index) => insightBlocks(c, insight, index === 0))
    : [
        {
          spaceBefore: SPACE.afterHeading,
          lines: textLines(c, REPORT_TEXT.noInsights, TYPE.body, c.left, c.width),
        },
      ];
  return [...header(c, model), ...facts(c, model), linkPanel(c, model, qr), insightsHeading(c), ...insights];
}
