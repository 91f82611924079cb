/**
 * The report for Node (the reference server, scripts, the bench): the same
 * renderer as in the browser, with fonts read from disk.
 */
import type { Conversation, Insight } from '../adapter/types.js';
import { nodeFontLoader } from './fonts/node-loader.js';
import { renderReportPdf } from './render-pdf.js';
import type { RenderedReport, RenderReportOptions } from './render-pdf.js';

export { nodeFontLoader };

export function renderReportPdfInNode(
  conversation: Conversation,
  insights: readonly Insight[],
  options: Omit<RenderReportOptions, 'fontLoader'> = {},
): Promise<RenderedReport> {
  return renderReportPdf(conversation, insights, { ...options, fontLoader: nodeFontLoader });
}
