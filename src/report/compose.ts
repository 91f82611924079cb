import type { Composer, DrawLine } from './composer.js';
import { baseline, capitals, fromRight, textLines } from './composer.js';
import type { FlowBlock } from './layout/paginate.js';
import { linkPanel } from './link-panel.js';
import { listElement, listItem } from './list-item.js';
import type { ReportInsight, ReportModel } from './model.js';
import { pdfHexString } from './pdf/internals.js';
import type { QrSymbol } from './qr.js';
import { COLOR, SPACE, TYPE } from './theme.js';
import { fill } from './words/index.js';

const TITLE_MAX_LINES = 3;

function header(c: Composer, model: ReportModel): FlowBlock<DrawLine>[] {
  const eyebrow = c.structure.add('P');
  // An ellipsized title is read out whole: the heading's actual text is the title as given.
  const cut = c.typesetter.wrap(model.title, TYPE.title, c.width).length > TITLE_MAX_LINES;
  const title = c.structure.add('H1', undefined, cut ? `/ActualText ${pdfHexString(model.title)}` : '');
  return [
    {
      spaceBefore: 0,
      keepWithNext: true,
      lines: textLines(c, capitals(c, c.words.reportName), TYPE.eyebrow, c.left, c.width, eyebrow),
    },
    // A title of any length stays a heading: at most three lines, the last ellipsized (the metadata keeps it whole).
    {
      spaceBefore: SPACE.afterEyebrow,
      lines: textLines(c, model.title, TYPE.title, c.left, c.width, title, TITLE_MAX_LINES),
    },
  ];
}

/**
 * Date, duration, participants and medium: a table of one row each, the label its row's header.
 * Label and value side by side: the label column on the left, or on the right in a right-to-left report.
 */
function facts(c: Composer, model: ReportModel): FlowBlock<DrawLine>[] {
  const labelWidth = SPACE.factLabelWidth;
  const labelLeft = fromRight(c) ? c.left + c.width - labelWidth : c.left;
  const valueLeft = fromRight(c) ? c.left : c.left + labelWidth;
  const valueWidth = c.width - labelWidth;
  const table = c.structure.add('Table');
  return model.facts.map((fact, index) => {
    const row = c.structure.add('TR', table);
    const header = c.structure.add('TH', row, '/A << /O /Table /Scope /Row >>');
    const cell = c.structure.add('TD', row);
    const label = c.typesetter.wrap(capitals(c, fact.label), TYPE.factLabel, labelWidth)[0];
    const lines = textLines(c, fact.value, TYPE.body, valueLeft, valueWidth, cell);
    const first = lines[0];
    if (first && label) {
      const drawValue = first.content;
      first.content = (top) => {
        const y = top + baseline(TYPE.body);
        c.typesetter.draw(label, TYPE.factLabel, labelLeft, y, labelWidth, header);
        drawValue(top);
      };
    }
    return { spaceBefore: index === 0 ? SPACE.beforeFacts : SPACE.factRowGap, keepTogether: true, lines };
  });
}

function insightsHeading(c: Composer): FlowBlock<DrawLine> {
  // A label over the sections rather than a level of headings: each insight is the H2 under the title.
  const label = c.structure.add('P');
  const [line] = textLines(c, capitals(c, c.words.insights), TYPE.eyebrow, c.left, c.width, label);
  const ruleGap = 10;
  return {
    spaceBefore: SPACE.beforeInsights,
    keepWithNext: true,
    lines: line
      ? [
          {
            height: TYPE.eyebrow.leading + ruleGap,
            content: (top) => {
              c.structure.mark('layout', () => {
                c.doc.setDrawColor(COLOR.rule);
                c.doc.setLineWidth(0.75);
                c.doc.line(c.left, top, c.left + c.width, top);
              });
              line.content(top + ruleGap);
            },
          },
        ]
      : [],
  };
}

function insightBlocks(c: Composer, insight: ReportInsight, first: boolean): FlowBlock<DrawLine>[] {
  const section = c.structure.add('Sect');
  const heading: FlowBlock<DrawLine> = {
    spaceBefore: first ? SPACE.afterHeading : SPACE.beforeHeading,
    keepWithNext: true,
    lines: textLines(c, insight.title, TYPE.heading, c.left, c.width, c.structure.add('H2', section)),
  };
  // On a page the insight goes on to, its heading again, one line at most, followed by the usual gap.
  // A running header, not a second heading: a screen reader meets each section's heading once.
  const continued = textLines(
    c,
    fill(c.words.continued, { title: insight.title }),
    TYPE.heading,
    c.left,
    c.width,
    'header',
    1,
  ).map((line) => ({ ...line, height: line.height + SPACE.afterHeading }));
  const paragraphs = insight.paragraphs.map((paragraph, index): FlowBlock<DrawLine> => {
    const element = c.structure.add('P', section);
    return {
      spaceBefore: index === 0 ? SPACE.afterHeading : SPACE.paragraphGap,
      lines: textLines(c, paragraph, TYPE.body, c.left, c.width, element),
    };
  });
  const checkbox = insight.type === 'action-items';
  // One list however many pages it runs over.
  const list = insight.items.length ? listElement(c, section, checkbox) : undefined;
  const items = list
    ? insight.items.map((item, index) =>
        listItem(
          c,
          list,
          item,
          checkbox,
          index === 0 && !paragraphs.length ? SPACE.afterHeading : SPACE.itemGap,
        ),
      )
    : [];
  const empty: FlowBlock<DrawLine>[] =
    paragraphs.length + items.length === 0
      ? [
          {
            spaceBefore: SPACE.afterHeading,
            lines: textLines(
              c,
              c.words.emptyInsight,
              TYPE.meta,
              c.left,
              c.width,
              c.structure.add('P', section),
            ),
          },
        ]
      : [];
  return [heading, ...[...paragraphs, ...items, ...empty].map((block) => ({ ...block, continued }))];
}

/** The whole report as blocks, in reading order, ready for page breaking; its structure in the same order. */
export function composeReport(
  c: Composer,
  model: ReportModel,
  qr: QrSymbol | undefined,
): FlowBlock<DrawLine>[] {
  const blocks = [...header(c, model), ...facts(c, model), linkPanel(c, model, qr), insightsHeading(c)];
  if (model.insights.length === 0) {
    const element = c.structure.add('P');
    blocks.push({
      spaceBefore: SPACE.afterHeading,
      lines: textLines(c, c.words.noInsights, TYPE.body, c.left, c.width, element),
    });
  }
  model.insights.forEach((insight, index) => blocks.push(...insightBlocks(c, insight, index === 0)));
  return blocks;
}
