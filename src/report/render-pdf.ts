import type { jsPDF as JsPdf } from 'jspdf';
import { jsPDF } from './deps/jspdf.js';
import { HarmonyError, isHarmonyError, throwIfAborted } from '../adapter/errors.js';
import { DEFAULT_REPORT_FILENAME } from '../adapter/types.js';
import type { Conversation, Insight } from '../adapter/types.js';
import { browserFontLoader } from './browser-fonts.js';
import { composeReport } from './compose.js';
import type { Composer } from './compose.js';
import { facesForScripts } from './font-faces.js';
import type { FontLoader } from './font-faces.js';
import { drawFooters } from './footer.js';
import type { ReportLocale } from './formatting.js';
import { buildReportModel, REPORT_TEXT } from './model.js';
import type { ReportModel } from './model.js';
import { paginate } from './paginate.js';
import { embedFaces } from './pdf-fonts.js';
import { qrSymbolFor } from './qr.js';
import { scriptsIn } from './scripts.js';
import { MARGIN, PAGE_SIZES } from './theme.js';
import type { PageSize } from './theme.js';
import { Typesetter } from './typeset.js';

export interface RenderReportOptions extends ReportLocale {
  /** 'a4' (the default) or 'letter'. */
  pageSize?: PageSize;
  /** Where font files come from; the browser loader (fetch) by default, `nodeFontLoader` in Node. */
  fontLoader?: FontLoader;
  signal?: AbortSignal;
}

export interface RenderedReport {
  bytes: Uint8Array;
  filename: string;
}

// Static: this module is itself reached only lazily (the share dialog's import(), the worker, ./report).
async function loadJsPdf(): Promise<typeof JsPdf> {
  return jsPDF;
}

function textsOf(model: ReportModel): string[] {
  return [
    model.title,
    model.url,
    ...model.facts.map((fact) => fact.value),
    ...model.insights.flatMap((insight) => [
      insight.title,
      ...insight.paragraphs,
      ...insight.items.flatMap((item) => [item.text, item.owner ?? '', item.due ?? '']),
    ]),
  ];
}

/**
 * PDF strings are Latin-1 unless they start with a UTF-16BE byte order mark;
 * jsPDF writes document properties as given, so a Chinese or Arabic title is
 * encoded here or it would reach the viewer's title bar as mojibake.
 */
function pdfTextString(value: string): string {
  if (/^[\x20-\x7e]*$/.test(value)) return value;
  let encoded = '\xfe\xff';
  for (let index = 0; index < value.length; index += 1) {
    const unit = value.charCodeAt(index);
    encoded += String.fromCharCode(unit >> 8, unit & 0xff);
  }
  return encoded;
}

async function render(model: ReportModel, options: RenderReportOptions): Promise<Uint8Array> {
  const { signal } = options;
  const pageSize = options.pageSize === 'letter' ? 'letter' : 'a4';
  const page = PAGE_SIZES[pageSize];
  const [JsPdfClass, qr] = await Promise.all([loadJsPdf(), qrSymbolFor(model.url)]);
  throwIfAborted(signal);
  const doc = new JsPdfClass({ unit: 'pt', format: pageSize, compress: true, putOnlyUsedFonts: true });
  const faces = facesForScripts(scriptsIn(textsOf(model)));
  await embedFaces(doc, faces, options.fontLoader ?? browserFontLoader);
  throwIfAborted(signal);

  const composer: Composer = {
    doc,
    typesetter: new Typesetter(doc, faces),
    left: MARGIN.side,
    width: page.width - 2 * MARGIN.side,
  };
  const pages = paginate(composeReport(composer, model, qr), {
    top: MARGIN.top,
    bottom: page.height - MARGIN.bottom,
  });
  pages.forEach((lines, index) => {
    if (index > 0) doc.addPage(pageSize);
    for (const line of lines) line.content(line.top);
  });
  drawFooters(composer, model.title, page.height);
  doc.setProperties({
    title: pdfTextString(model.title),
    subject: REPORT_TEXT.reportName,
    creator: REPORT_TEXT.creator,
  });
  doc.setLanguage('en-US');
  return new Uint8Array(doc.output('arraybuffer'));
}

/**
 * Renders the Conversation Insights Report as PDF bytes, in a browser, a
 * worker or Node. Never throws for odd input (missing fields, huge texts,
 * unsupported characters); fails only with a `HarmonyError`: 'aborted',
 * 'network' when a font cannot be downloaded, and 'unsupported' when the
 * environment cannot make the PDF (a font or jsPDF itself fails) — the same
 * code a server uses for "cannot make it here", which no retry changes.
 */
export async function renderReportPdf(
  conversation: Conversation,
  insights: readonly Insight[],
  options: RenderReportOptions = {},
): Promise<RenderedReport> {
  throwIfAborted(options.signal);
  try {
    const model = buildReportModel(conversation, insights, options);
    return { bytes: await render(model, options), filename: DEFAULT_REPORT_FILENAME };
  } catch (error) {
    if (isHarmonyError(error)) throw error;
    throw new HarmonyError('unsupported', 'The PDF report could not be rendered.', { cause: error });
  }
}
