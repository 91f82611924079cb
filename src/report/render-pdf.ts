// Static: this module is itself reached only lazily (the share dialog's import(), the worker, ./report).
import { jsPDF } from './deps/jspdf.js';
import { HarmonyError, isHarmonyError, throwIfAborted } from '../adapter/errors.js';
import type { Conversation, Insight, InsightType } from '../adapter/types.js';
import { composeReport } from './compose.js';
import type { Composer } from './composer.js';
import { browserFontLoader, fontLoaderForBase } from './fonts/browser-loader.js';
import type { FontLoader } from './fonts/loader.js';
import { loadReportFonts } from './fonts/report-fonts.js';
import type { TextsByWeight } from './fonts/report-fonts.js';
import { drawFooters, pageNumber } from './footer.js';
import type { ReportLocale } from './formatting.js';
import { buildReportModel } from './model.js';
import type { ReportModel } from './model.js';
import { paginate } from './layout/paginate.js';
import { Typesetter } from './layout/typeset.js';
import { setDocumentLanguage } from './pdf/language.js';
import { setPdfVersion, watchFontRegistries } from './pdf/internals.js';
import { StructureTree } from './pdf/structure.js';
import { showTitleInWindow } from './pdf/viewer.js';
import { setXmpMetadata } from './pdf/xmp.js';
import { qrSymbolFor } from './qr.js';
import { MARGIN, PAGE_SIZES } from './theme.js';
import type { PageSize } from './theme.js';
import {
  canonicalLocale,
  fill,
  reportDirection,
  reportFilename,
  reportLanguage,
  reportWords,
} from './words/index.js';
import type { ReportWords } from './words/index.js';

export interface RenderReportOptions extends ReportLocale {
  /** 'a4' (the default) or 'letter'. */
  pageSize?: PageSize;
  /** Which insights to include, by type; all of them by default. */
  sections?: readonly InsightType[];
  /** Where the font pieces are, when not beside the module (`dist/report/fonts/pieces/` served elsewhere). */
  fontsBaseUrl?: string | URL;
  /** Brings the bytes of each font piece; by default fetched (browsers) or read from the package (Node). */
  fontLoader?: FontLoader;
  signal?: AbortSignal;
}

export interface RenderedReport {
  bytes: Uint8Array;
  filename: string;
}

/** Everything the report sets, by weight: the fonts are chosen from this before layout. */
function textsOf(model: ReportModel, words: ReportWords, locale: string): TextsByWeight {
  const upper = (text: string) => text.toLocaleUpperCase(words.lang);
  const digits = Array.from({ length: 10 }, (_, digit) => pageNumber(locale, digit)).join('');
  const bold = [
    model.title,
    upper(words.reportName),
    upper(words.insights),
    words.qrCaption,
    words.linkCaption,
    words.noLink,
    ...model.facts.map((fact) => upper(fact.label)),
    ...model.insights.map((insight) => fill(words.continued, { title: insight.title })),
  ];
  const regular = [
    `${words.reportName} · ${model.title} … ${fill(words.page, { page: digits, count: digits })}`,
    model.url,
    words.access,
    words.noInsights,
    words.emptyInsight,
    fill(words.labelled, { label: words.owner, value: words.due }),
    ...model.facts.map((fact) => fact.value),
    ...model.insights.flatMap((insight) => [
      ...insight.paragraphs,
      ...insight.items.flatMap((item) => [item.text, item.owner ?? '', item.due ?? '']),
    ]),
  ];
  return { regular, bold };
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
  const qr = await qrSymbolFor(model.url);
  throwIfAborted(signal);
  // Every font is put: jsPDF counts a font as used only when its own text() writes with it, and the report
  // writes its text layer itself (pdf/text-layer.ts). The standard fonts cost a few small dictionaries.
  // The glyph fonts (pdf/glyph-fonts.ts) join the fonts jsPDF lists in each page's resources.
  watchFontRegistries(jsPDF);
  const doc = new jsPDF({
    unit: 'pt',
    format: pageSize,
    compress: true,
    putOnlyUsedFonts: false,
    // jsPDF writes its paths (panels, rules, boxes) with 16 decimals by default; a thousandth of a point is
    // far below a device pixel, and every byte of a page is deflated at each report.
    floatPrecision: 3,
  });
  const loader =
    options.fontLoader ??
    (options.fontsBaseUrl ? fontLoaderForBase(options.fontsBaseUrl) : browserFontLoader);
  const words = reportWords(options.locale);
  const locale = canonicalLocale(options.locale) ?? words.lang;
  const fonts = await loadReportFonts(textsOf(model, words, locale), loader);
  throwIfAborted(signal);

  // A tagged PDF, as PDF/UA asks: the structure tree is made while composing, in reading order.
  setPdfVersion(doc, '1.7');
  const structure = new StructureTree(doc);
  const composer: Composer = {
    doc,
    structure,
    typesetter: new Typesetter(doc, fonts, structure, reportDirection(options.locale)),
    words,
    locale,
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
    subject: pdfTextString(words.reportName),
    creator: words.creator,
  });
  // The catalog's /Lang, the language screen readers read the words in: the caller's tag when the words
  // are in its language ('de-AT'), the words' own language otherwise.
  const language = setDocumentLanguage(doc, reportLanguage(options.locale));
  setXmpMetadata(doc, { title: model.title, language, creator: words.creator });
  showTitleInWindow(doc);
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
    if (options.sections) {
      const wanted = new Set(options.sections);
      model.insights = model.insights.filter((insight) => wanted.has(insight.type));
    }
    return { bytes: await render(model, options), filename: reportFilename(options.locale) };
  } catch (error) {
    if (isHarmonyError(error)) throw error;
    // The cause travels in the message: it is what a host sees in harmony-error's detail.message.
    const cause = error instanceof Error ? error.message : String(error);
    throw new HarmonyError('unsupported', `The PDF report could not be rendered: ${cause}`, { cause: error });
  }
}
