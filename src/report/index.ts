/**
 * The Conversation Insights Report. Side-effect free and light: jspdf, qrcode,
 * the fonts and the worker are reached only when a report is rendered.
 * Node callers import `renderReportPdfInNode` from './node.js' instead.
 */
export { buildReportModel, REPORT_TEXT } from './model.js';
export type { ReportFact, ReportInsight, ReportItem, ReportModel } from './model.js';
export type { ReportLocale } from './formatting.js';
export { renderReportPdf } from './render-pdf.js';
export type { RenderedReport, RenderReportOptions } from './render-pdf.js';
export { endReportWorkers, renderReportInBrowser } from './browser.js';
export type { BrowserRenderOptions } from './browser.js';
export { browserFontLoader, createBrowserFontLoader } from './browser-fonts.js';
export { FONT_FACES } from './font-faces.js';
export type { FontFace, FontLoader, FontWeight } from './font-faces.js';
export type { PageSize } from './theme.js';
