/** Report rendering in Node, the way the reference server makes its PDFs. */
import { renderReportPdfInNode } from '../src/report/node.js';
import { measureFontBytes } from './font-bytes.js';
import { kB, ms, table, type BenchPart } from './markdown.js';
import { progress } from './progress.js';
import { cjkNamesReport, multiScriptReport, scaledReports, type ReportCase } from './report-cases.js';
import { measureRatio } from './report-ratio.js';
import { sample } from './stats.js';

interface RenderTiming {
  report: ReportCase;
  medianMs: number;
  runs: number;
  bytes: number;
}

const THOUSAND_ITEMS_BUDGET_MS = 1000;
const TYPICAL_RATIO_BUDGET = 5;
const MULTI_SCRIPT_RATIO_BUDGET = 8;
const LATIN_FONT_BUDGET = 150_000;
const CJK_FONT_BUDGET = 600_000;

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

  progress('Node: ratio to jsPDF Helvetica');
  const ratios = [await measureRatio(scaledReports()[0]!), await measureRatio(multiScriptReport())];
  const [weekly, kickoff] = ratios;

  progress('Node: font bytes per report');
  const fonts = await Promise.all(
    [scaledReports()[0]!, cjkNamesReport(), multiScriptReport()].map((report) =>
      measureFontBytes(report.label, report.conversation, report.insights),
    ),
  );
  const [latin, cjk] = fonts;

  return {
    sections: [
      {
        title: 'Report rendering in Node',
        method:
          'renderReportPdfInNode on the server fixtures, fonts read from disk; two warm-ups (jspdf, HarfBuzz, qrcode and the font pieces then parsed, the code run once), then the median of N runs, N fitted to ~2.5 s from the second.',
        lines: table(
          ['report', 'median:', 'runs:', 'PDF:'],
          timings.map((t) => [t.report.label, ms(t.medianMs), t.runs, kB(t.bytes)]),
        ),
      },
      {
        title: 'Report time against jsPDF drawing the same words in Helvetica',
        method:
          "Same process, same run, interleaved: one report, then jsPDF's built-in Helvetica drawing the report model's words (bench/helvetica-reference.ts: splitTextToSize, paging, compression; no shaping, fonts or QR). Medians of N pairs after three warm-ups; nothing is cached between reports.",
        lines: table(
          ['report', 'report median:', 'Helvetica median:', 'ratio:', 'pairs:'],
          ratios.map((r) => [r.label, ms(r.reportMs), ms(r.helveticaMs), `${r.ratio.toFixed(1)}×`, r.runs]),
        ),
      },
      {
        title: 'Font bytes per report',
        method:
          'The font pieces a report loads (raw TrueType bytes, as fetched), counted by a loader of its own so none come from the per-process cache.',
        lines: table(
          ['report', 'bytes:', 'pieces'],
          fonts.map((f) => [
            f.label,
            kB(f.bytes),
            f.pieces.length <= 6 ? f.pieces.join(', ') : `${f.pieces.length} pieces`,
          ]),
        ),
      },
    ],
    budgets: [
      {
        row: 4,
        what: 'weekly sync, Node, time against jsPDF Helvetica',
        budget: `≤ ${TYPICAL_RATIO_BUDGET}×`,
        measured: `${weekly!.ratio.toFixed(1)}× (${ms(weekly!.reportMs)} against ${ms(weekly!.helveticaMs)})`,
        within: weekly!.ratio <= TYPICAL_RATIO_BUDGET,
      },
      {
        row: 4,
        what: 'global kickoff, Node, time against jsPDF Helvetica',
        budget: `≤ ${MULTI_SCRIPT_RATIO_BUDGET}×`,
        measured: `${kickoff!.ratio.toFixed(1)}× (${ms(kickoff!.reportMs)} against ${ms(kickoff!.helveticaMs)})`,
        within: kickoff!.ratio <= MULTI_SCRIPT_RATIO_BUDGET,
      },
      {
        row: 5,
        what: 'font bytes, Latin-only report (weekly sync)',
        budget: '≤ 150 kB',
        measured: kB(latin!.bytes),
        within: latin!.bytes <= LATIN_FONT_BUDGET,
      },
      {
        row: 5,
        what: 'font bytes, a few CJK names',
        budget: '≤ 600 kB',
        measured: kB(cjk!.bytes),
        within: cjk!.bytes <= CJK_FONT_BUDGET,
      },
      {
        row: 6,
        what: '1,000 action items, Node',
        budget: '≤ 1 s',
        measured: ms(thousand!.medianMs),
        within: thousand!.medianMs <= THOUSAND_ITEMS_BUDGET_MS,
      },
      {
        row: 4,
        what: 'typical report, Node (absolute)',
        budget: '—',
        measured: ms(typical!.medianMs),
        within: undefined,
      },
    ],
  };
}
