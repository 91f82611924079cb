import type { ReportInsight, ReportItem, ReportModel } from './model.js';
import type { FlowBlock, FlowLine } from './layout/paginate.js';
import { linkPanel } from './link-panel.js';
import type { QrSymbol } from './qr.js';
import { COLOR, SPACE, TYPE } from './theme.js';
import type { TypeRole } from './theme.js';
import { baseline, capitals, fromRight } from './composer.js';
import type { Composer, DrawLine } from './composer.js';
import { fill } from './words/index.js';

const TITLE_MAX_LINES = 3;

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
      lines: textLines(c, capitals(c, c.words.reportName), TYPE.eyebrow, c.left, c.width),
    },
    // A title of any length stays a heading: at most three lines, the last ellipsized (the metadata keeps it whole).
    {
      spaceBefore: SPACE.afterEyebrow,
      lines: textLines(c, model.title, TYPE.title, c.left, c.width, TITLE_MAX_LINES),
    },
  ];
}

/** Label and value side by side: the label column on the left, or on the right in a right-to-left report. */
function facts(c: Composer, model: ReportModel): FlowBlock<DrawLine>[] {
  const labelWidth = SPACE.factLabelWidth;
  const labelLeft = fromRight(c) ? c.left + c.width - labelWidth : c.left;
  const valueLeft = fromRight(c) ? c.left : c.left + labelWidth;
  const valueWidth = c.width - labelWidth;
  return model.facts.map((fact, index) => {
    const label = c.typesetter.wrap(capitals(c, fact.label), TYPE.factLabel, labelWidth)[0];
    const lines = textLines(c, fact.value, TYPE.body, valueLeft, valueWidth);
    const first = lines[0];
    if (first && label) {
      const drawValue = first.content;
      first.content = (top) => {
        c.typesetter.draw(label, TYPE.factLabel, labelLeft, top + baseline(TYPE.body), labelWidth);
        drawValue(top);
      };
    }
    return { spaceBefore: index === 0 ? SPACE.beforeFacts : SPACE.factRowGap, keepTogether: true, lines };
  });
}

function insightsHeading(c: Composer): FlowBlock<DrawLine> {
  const [line] = textLines(c, capitals(c, c.words.insights), TYPE.eyebrow, c.left, c.width);
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
  const { words } = c;
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
      if (index === 0) drawMarker(c, checkbox, markerCentre, top, role);
      // Owner and due date line up with the item's text, whichever way that reads.
      c.typesetter.draw(line, role, textLeft, top + baseline(role), textWidth, rtl ? 'right' : 'left');
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

function insightBlocks(c: Composer, insight: ReportInsight, first: boolean): FlowBlock<DrawLine>[] {
  const heading: FlowBlock<DrawLine> = {
    spaceBefore: first ? SPACE.afterHeading : SPACE.beforeHeading,
    keepWithNext: true,
    lines: textLines(c, insight.title, TYPE.heading, c.left, c.width),
  };
  // On a page the insight goes on to, its heading again, one line at most, followed by the usual gap.
  const continued = textLines(
    c,
    fill(c.words.continued, { title: insight.title }),
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
            lines: textLines(c, c.words.emptyInsight, TYPE.meta, c.left, c.width),
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
          lines: textLines(c, c.words.noInsights, TYPE.body, c.left, c.width),
        },
      ];
  return [...header(c, model), ...facts(c, model), linkPanel(c, model, qr), insightsHeading(c), ...insights];
}
