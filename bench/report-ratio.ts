/**
 * Report speed as DESIGN.md §6 states it: the median time of one report over
 * the median time jsPDF needs to draw the same words in Helvetica, both
 * measured in this process, interleaved run by run so load on the machine hits
 * both alike. Fonts are parsed once per process (as on a server); nothing is
 * cached between reports.
 */
import { renderReportPdfInNode } from '../src/report/node.js';
import { helveticaReport } from './helvetica-reference.js';
import type { ReportCase } from './report-cases.js';
import { median } from './stats.js';

export interface RatioTiming {
  label: string;
  reportMs: number;
  helveticaMs: number;
  ratio: number;
  runs: number;
}

const where = { locale: 'en-GB', timeZone: 'Europe/Berlin' };

export async function measureRatio(report: ReportCase, runs = 30): Promise<RatioTiming> {
  // Warm-up: HarfBuzz, jsPDF, qrcode and the report's font pieces loaded once, the JIT warm.
  for (let i = 0; i < 3; i += 1) {
    await renderReportPdfInNode(report.conversation, report.insights, where);
    helveticaReport(report.conversation, report.insights, where);
  }
  const ours: number[] = [];
  const reference: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    let start = performance.now();
    await renderReportPdfInNode(report.conversation, report.insights, where);
    ours.push(performance.now() - start);
    start = performance.now();
    helveticaReport(report.conversation, report.insights, where);
    reference.push(performance.now() - start);
  }
  const reportMs = median(ours);
  const helveticaMs = median(reference);
  return { label: report.label, reportMs, helveticaMs, ratio: reportMs / helveticaMs, runs };
}
