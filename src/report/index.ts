/**
 * The Conversation Insights Report. Side-effect free and light: jspdf,
 * HarfBuzz, qrcode, the fonts and the worker are reached only when a report is
 * rendered. Node callers import `renderReportPdfInNode` from './node.js' instead.
 */
export { buildReportModel, REPORT_TEXT } from './model.js';
export type { ReportFact, ReportInsight, ReportItem, ReportModel } from './model.js';
export type { ReportLocale } from './formatting.js';
export { renderReportPdf } from './render-pdf.js';
export type { RenderedReport, RenderReportOptions } from './render-pdf.js';
export { endReportWorkers, renderReportInBrowser } from './browser.js';
export type { BrowserRenderOptions } from './browser.js';
export { browserFontLoader, createBrowserFontLoader } from './fonts/browser-loader.js';
export { FONT_FAMILIES } from './fonts/piece-index.js';
export type { FontPiece, FontWeight } from './fonts/piece-index.js';
export type { FontLoader } from './fonts/loader.js';
export type { PageSize } from './theme.js';
export { reportFilename, reportWords } from './words/index.js';
export type { ReportWords } from './words/index.js';
