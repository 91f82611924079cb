/**
 * Runs inside the report pool's worker threads. The one place the server calls the report renderer:
 * should the renderer's entry change, only this file follows.
 */
import type { Conversation, Insight } from '../../src/adapter/types.js';
import { renderReportPdfInNode } from '../../src/report/node.js';

export interface RenderTask {
  conversation: Conversation;
  insights: Insight[];
  locale: string | undefined;
}

export interface RenderResult {
  bytes: Uint8Array;
  filename: string;
}

export default async function render({ conversation, insights, locale }: RenderTask): Promise<RenderResult> {
  const report = await renderReportPdfInNode(conversation, insights, { locale });
  return { bytes: report.bytes, filename: report.filename };
}
