/** Report rendering in Node, the way the reference server makes its PDFs. */
import { renderReportPdfInNode } from '../src/report/node.js';
import { kB, ms, table, type BenchPart } from './markdown.js';
import { progress } from './progress.js';
import { multiScriptReport, scaledReports, type ReportCase } from './report-cases.js';
import { sample } from './stats.js';

interface RenderTiming {
  report: ReportCase;
  medianMs: number;
  runs: number;
  bytes: number;
}

const TYPICAL_BUDGET_MS = 50;
const THOUSAND_ITEMS_BUDGET_MS = 1000;

export async function measureNodeRendering(): Promise<BenchPart> {
  const timings: RenderTiming[] = [];
  for (const report of [...scaledReports(), multiScriptReport()]) {
    progress(`Node: ${report.label}`);
    const run = await sample(() => renderReportPdfInNode(report.conversation, report.insights), {
      budgetMs: 2500,
      minRuns: 5,
      maxRuns: 40,
    });
    timings.push({ report, medianMs: run.medianMs, runs: run.runs, bytes: run.result.bytes.byteLength });
  }
  const [typical, , thousand] = timings;
  return {
    sections: [
      {
        title: 'Report rendering in Node',
        method:
          'renderReportPdfInNode on the server fixtures, fonts read from disk; one warm-up (jspdf, qrcode, fonts cached), then the median of N runs, N fitted to ~2.5 s.',
        lines: table(
          ['report', 'median:', 'runs:', 'PDF:'],
          timings.map((t) => [t.report.label, ms(t.medianMs), t.runs, kB(t.bytes)]),
        ),
      },
    ],
    budgets: [
      {
        row: 4,
        what: 'typical report, Node',
        budget: '≤ 50 ms',
        measured: ms(typical!.medianMs),
        within: typical!.medianMs <= TYPICAL_BUDGET_MS,
      },
      {
        row: 4,
        what: '1,000 action items, Node',
        budget: '≤ 1 s',
        measured: ms(thousand!.medianMs),
        within: thousand!.medianMs <= THOUSAND_ITEMS_BUDGET_MS,
      },
    ],
  };
}
