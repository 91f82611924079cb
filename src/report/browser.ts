import { throwIfAborted } from '../adapter/errors.js';
import type { Conversation, Insight } from '../adapter/types.js';
import { renderReportPdf } from './render-pdf.js';
import type { RenderReportOptions } from './render-pdf.js';
import { ReportWorker } from './report-worker.js';

export interface BrowserRenderOptions extends Omit<RenderReportOptions, 'fontLoader'> {
  /** 'auto' (the default) renders in a module worker when one starts; 'never' renders on this thread. */
  worker?: 'auto' | 'never';
  /** The worker script, for hosts that serve it from elsewhere; by default the module beside this one. */
  workerUrl?: URL | string;
}

function startWorker(workerUrl: URL | string | undefined): Worker | undefined {
  try {
    // Written out in full so bundlers recognise the worker and ship it as its own chunk.
    return workerUrl
      ? new Worker(workerUrl, { type: 'module' })
      : new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
  } catch {
    // Thrown synchronously where a Content Security Policy forbids workers, or module workers are missing.
    return undefined;
  }
}

/** The live workers, one per script URL (hosts may serve the worker from elsewhere). */
const workers = new Map<string, ReportWorker>();

function workerFor(workerUrl: URL | string | undefined): ReportWorker | undefined {
  const key = String(workerUrl ?? '');
  const existing = workers.get(key);
  if (existing) return existing;
  const worker = startWorker(workerUrl);
  if (!worker) return undefined;
  const pooled = new ReportWorker(worker, () => workers.delete(key));
  workers.set(key, pooled);
  return pooled;
}

/** Ends every report worker now (they also end after 30 s without work): for tests and host teardown. */
export function endReportWorkers(): void {
  for (const worker of [...workers.values()]) worker.end();
}

/**
 * Renders the Conversation Insights Report in the browser and returns it as
 * a PDF Blob: in a module Web Worker when one can start, on the main thread
 * otherwise (a CSP without `worker-src`, a worker script that cannot load).
 * Fails only with a `HarmonyError`, as `renderReportPdf` does.
 */
export async function renderReportInBrowser(
  conversation: Conversation,
  insights: readonly Insight[],
  options: BrowserRenderOptions = {},
): Promise<Blob> {
  throwIfAborted(options.signal);
  const { pageSize, locale, timeZone, signal } = options;
  const sections = options.sections && [...options.sections];
  const fontsBaseUrl = options.fontsBaseUrl === undefined ? undefined : String(options.fontsBaseUrl);
  let bytes: Uint8Array | undefined;
  if (options.worker !== 'never' && typeof Worker !== 'undefined') {
    bytes = await workerFor(options.workerUrl)?.render(
      {
        conversation,
        insights: [...(Array.isArray(insights) ? insights : [])],
        options: { pageSize, locale, timeZone, sections, fontsBaseUrl },
      },
      signal,
    );
  }
  bytes ??= (
    await renderReportPdf(conversation, insights, {
      pageSize,
      locale,
      timeZone,
      sections,
      fontsBaseUrl,
      signal,
    })
  ).bytes;
  return new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/pdf' });
}
