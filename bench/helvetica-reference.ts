/**
 * The reference a report's speed is measured against (DESIGN.md §6): jsPDF
 * drawing the same words in its built-in Helvetica — the report model's text
 * in reading order, wrapped by jsPDF's own splitTextToSize, paged, compressed.
 * No shaping, no font files, no QR code: what jsPDF costs on its own.
 */
import { jsPDF } from 'jspdf';
import type { Conversation, Insight } from '../src/adapter/types.js';
import { buildReportModel, REPORT_TEXT } from '../src/report/model.js';
import type { ReportLocale } from '../src/report/formatting.js';

const MARGIN = 56;
const LEADING = 15.5;

export function helveticaReport(
  conversation: Conversation,
  insights: readonly Insight[],
  where: ReportLocale = {},
): Uint8Array {
  const model = buildReportModel(conversation, insights, where);
  const doc = new jsPDF({ unit: 'pt', format: 'a4', compress: true });
  const width = doc.internal.pageSize.getWidth() - 2 * MARGIN;
  const bottom = doc.internal.pageSize.getHeight() - MARGIN;
  let y = MARGIN;
  const write = (text: string, size: number, bold = false) => {
    doc.setFont('helvetica', bold ? 'bold' : 'normal');
    doc.setFontSize(size);
    for (const line of doc.splitTextToSize(text, width) as string[]) {
      if (y + LEADING > bottom) {
        doc.addPage();
        y = MARGIN;
      }
      doc.text(line, MARGIN, y);
      y += LEADING;
    }
  };
  write(REPORT_TEXT.reportName.toUpperCase(), 8.5, true);
  write(model.title, 22, true);
  for (const fact of model.facts) write(`${fact.label.toUpperCase()} ${fact.value}`, 10.5);
  write(REPORT_TEXT.qrCaption, 10, true);
  write(model.url, 9);
  write(REPORT_TEXT.access, 8.5);
  write(REPORT_TEXT.insights.toUpperCase(), 8.5, true);
  for (const insight of model.insights) {
    write(insight.title, 13.5, true);
    for (const paragraph of insight.paragraphs) write(paragraph, 10.5);
    for (const item of insight.items) {
      write(item.text, 10.5);
      const meta = [
        item.owner && `${REPORT_TEXT.owner}: ${item.owner}`,
        item.due && `${REPORT_TEXT.due}: ${item.due}`,
      ];
      write(meta.filter(Boolean).join('  ·  '), 8.5);
    }
  }
  const pages = doc.getNumberOfPages();
  for (let page = 1; page <= pages; page += 1) {
    doc.setPage(page);
    write(`${REPORT_TEXT.reportName} · ${model.title}   Page ${page} of ${pages}`, 8);
  }
  return new Uint8Array(doc.output('arraybuffer'));
}
