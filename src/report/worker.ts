/**
 * The module Web Worker that renders the report off the main thread, so a
 * page stays responsive while a long report is built. Started by
 * `renderReportInBrowser` (browser.ts), which keeps it for the reports that follow.
 */
import type { HarmonyErrorCode } from '../adapter/errors.js';
import { isHarmonyError } from '../adapter/errors.js';
import type { Conversation, Insight } from '../adapter/types.js';
import { renderReportPdf } from './render-pdf.js';
import type { RenderReportOptions } from './render-pdf.js';

export interface WorkerRequest {
  /** Matches the answer to its request: one worker renders report after report. */
  id: number;
  conversation: Conversation;
  insights: Insight[];
  options: Pick<RenderReportOptions, 'pageSize' | 'locale' | 'timeZone' | 'sections'> & {
    fontsBaseUrl?: string;
  };
}

export type WorkerResponse = { id: number } & (
  { bytes: Uint8Array } | { error: { code: HarmonyErrorCode; message: string } }
);

// The project's type library is DOM, not WebWorker: name only what a worker scope offers here.
const scope = self as unknown as {
  addEventListener(type: 'message', listener: (event: MessageEvent<WorkerRequest>) => void): void;
  postMessage(message: WorkerResponse, transfer?: Transferable[]): void;
};

scope.addEventListener('message', async ({ data }) => {
  try {
    const { bytes } = await renderReportPdf(data.conversation, data.insights, data.options);
    // Transferred, not copied: a long report is megabytes.
    scope.postMessage({ id: data.id, bytes }, [bytes.buffer]);
  } catch (error) {
    const code = isHarmonyError(error) ? error.code : 'unsupported';
    const message = error instanceof Error ? error.message : 'The PDF report could not be rendered.';
    scope.postMessage({ id: data.id, error: { code, message } });
  }
});
