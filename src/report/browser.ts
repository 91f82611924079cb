import { abortedError, HarmonyError, throwIfAborted } from '../adapter/errors.js';
import type { Conversation, Insight } from '../adapter/types.js';
import { renderReportPdf } from './render-pdf.js';
import type { RenderReportOptions } from './render-pdf.js';
import type { WorkerRequest, WorkerResponse } from './worker.js';

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

/** The report's bytes from a worker, or `undefined` when no worker could do it (then this thread does). */
function renderInWorker(
  request: WorkerRequest,
  options: BrowserRenderOptions,
): Promise<Uint8Array | undefined> {
  const worker = startWorker(options.workerUrl);
  if (!worker) return Promise.resolve(undefined);
  const { signal } = options;
  return new Promise((resolve, reject) => {
    const settle = (outcome: () => void) => {
      worker.terminate();
      signal?.removeEventListener('abort', onAbort);
      outcome();
    };
    const onAbort = () => settle(() => reject(abortedError(signal)));
    worker.addEventListener('message', ({ data }: MessageEvent<WorkerResponse>) => {
      if ('bytes' in data) settle(() => resolve(data.bytes));
      else settle(() => reject(new HarmonyError(data.error.code, data.error.message)));
    });
    // A worker whose script cannot load (blocked, missing, unsupported) fires `error` and never answers.
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      settle(() => resolve(undefined));
    });
    worker.addEventListener('messageerror', () => settle(() => resolve(undefined)));
    signal?.addEventListener('abort', onAbort, { once: true });
    try {
      worker.postMessage(request);
    } catch {
      // Input that cannot be cloned into a worker can still be rendered here.
      settle(() => resolve(undefined));
    }
  });
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
  let bytes: Uint8Array | undefined;
  if (options.worker !== 'never' && typeof Worker !== 'undefined') {
    bytes = await renderInWorker(
      {
        conversation,
        insights: [...(Array.isArray(insights) ? insights : [])],
        options: { pageSize, locale, timeZone },
      },
      options,
    );
  }
  bytes ??= (await renderReportPdf(conversation, insights, { pageSize, locale, timeZone, signal })).bytes;
  return new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/pdf' });
}
