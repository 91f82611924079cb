import { HarmonyError, isHarmonyError, throwIfAborted, type HarmonyErrorCode } from '../../adapter/errors.js';
import { Lazy } from '../../base/lazy.js';
import { reportAssets } from '../../base/report-assets.js';
import { type HarmonyAdapter, type ReportRequestOptions, type ReportSection } from '../../adapter/types.js';

// jspdf, qrcode and fonts stay out of the eager bundle: the renderer arrives only when a report is
// made in the browser.
const renderer = new Lazy(() => import('../../report/browser.js'));

export interface ProducedReport {
  blob: Blob;
  filename: string;
  source: 'server' | 'client';
}

/**
 * Failures after which the browser makes the report itself: the server cannot
 * (yet) or did not answer usefully. Never on access or readiness failures:
 * making the report anyway would show the user something the server refused.
 */
const FALLBACK_CODES: ReadonlySet<HarmonyErrorCode> = new Set([
  'unsupported',
  'unavailable',
  'timeout',
  'invalid-response',
]);

export function fallsBackToBrowser(error: unknown): boolean {
  return isHarmonyError(error) && FALLBACK_CODES.has(error.code);
}

export interface ReportOptions {
  signal: AbortSignal;
  locale?: string;
  timeZone?: string;
  /** The parts of the report to make; every part when absent. The transcript is never one of them. */
  sections?: readonly ReportSection[];
}

/** The server's report when it can make one, otherwise the same report rendered in this browser. */
export async function produceReport(
  adapter: HarmonyAdapter,
  conversationId: string,
  options: ReportOptions,
): Promise<ProducedReport> {
  const { signal, sections, locale } = options;
  if (adapter.downloadReport) {
    // Only what was given: a backend sees no `sections: undefined` it might read as "none".
    const request: ReportRequestOptions = { signal };
    if (sections) request.sections = sections;
    if (locale) request.locale = locale;
    try {
      const report = await adapter.downloadReport(conversationId, request);
      return { ...report, source: 'server' };
    } catch (error) {
      if (!fallsBackToBrowser(error)) throw error;
    }
  }
  const assets = reportAssets();
  if (!assets.client) {
    throw new HarmonyError(
      'unsupported',
      'The server cannot make this report, and this page makes none itself.',
    );
  }
  throwIfAborted(signal);
  const [conversation, insights] = await Promise.all([
    adapter.getConversation(conversationId, { signal }),
    adapter.getInsights(conversationId, { signal }),
  ]);
  const { renderReportInBrowser, reportFilename } = await renderer.get();
  throwIfAborted(signal);
  try {
    // The same parts the server was asked for; the renderer reads insights only, never a transcript.
    const blob = await renderReportInBrowser(conversation, insights, {
      sections,
      locale,
      timeZone: options.timeZone,
      signal,
      workerUrl: assets.workerUrl,
      fontsBaseUrl: assets.fontsBaseUrl,
    });
    throwIfAborted(signal);
    return { blob, filename: reportFilename(options.locale), source: 'client' };
  } catch (error) {
    if (isHarmonyError(error)) throw error;
    // The real cause goes to the host (harmony-error's detail.message): "unsupported" alone explains nothing.
    const cause = error instanceof Error ? error.message : String(error);
    throw new HarmonyError('unsupported', `The report could not be made in this browser: ${cause}`, {
      cause: error,
    });
  }
}
