import { throwIfAborted } from '../adapter/errors.js';
import type { Conversation, Insight } from '../adapter/types.js';
import { renderReportPdf } from './render-pdf.js';
import type { RenderReportOptions } from './render-pdf.js';
import { ReportWorker } from './report-worker.js';

// The file name a browser-made report is saved under, for callers that reach this module through import().
export { reportFilename } from './words/index.js';

export interface BrowserRenderOptions extends Omit<RenderReportOptions, 'fontLoader'> {
  /** 'auto' (the default) renders in a module worker when one starts; 'never' renders on this thread. */
  worker?: 'auto' | 'never';
  /** The worker script, for hosts that serve it from elsewhere; by default the module beside this one. */
  workerUrl?: URL | string;
}

/** The worker module beside this one, as a name bundlers do not rewrite (see `startWorker`). */
const WORKER_FILE = './worker.js';
const POLICY_NAME = 'harmony-report-worker';

interface ScriptUrlPolicy {
  createScriptURL(url: string): unknown;
}
let policy: ScriptUrlPolicy | undefined;

/**
 * Pages that require Trusted Types accept a worker URL only from a policy: ours is named
 * `harmony-report-worker` (list it in the page's `trusted-types` directive) and passes only the worker
 * module beside this one.
 */
function trustedWorkerUrl(href: string): unknown {
  const factory = (
    globalThis as { trustedTypes?: { createPolicy(name: string, rules: object): ScriptUrlPolicy } }
  ).trustedTypes;
  if (!factory) return href;
  policy ??= factory.createPolicy(POLICY_NAME, {
    createScriptURL: (url: string) => {
      if (url !== new URL(WORKER_FILE, import.meta.url).href)
        throw new TypeError(`Not the report worker: ${url}`);
      return url;
    },
  });
  return policy.createScriptURL(href);
}

const warned = new Set<string>();

/** Says once per reason, in the console, why the report is made on the main thread instead. */
function warnWorkerUnavailable(reason: string): void {
  if (warned.has(reason)) return;
  warned.add(reason);
  console.warn(
    `Harmony: the report worker is not available (${reason}); the report is made on the main thread.`,
  );
}

// Set by the cdn/ build (scripts/build-cdn.mjs): there no host bundler needs to see the literal
// `new Worker(new URL(…))` below, so a page with Trusted Types gets the worker through our policy at once
// instead of after a blocked first attempt.
declare const __HARMONY_CDN__: boolean | undefined;
const inCdnBuild = typeof __HARMONY_CDN__ !== 'undefined' && __HARMONY_CDN__;

function startWithPolicy(): Worker | undefined {
  try {
    const href = new URL(WORKER_FILE, import.meta.url).href;
    return new Worker(trustedWorkerUrl(href) as string, { type: 'module' });
  } catch (error) {
    warnWorkerUnavailable((error as Error).message);
    return undefined;
  }
}

function startWorker(workerUrl: URL | string | undefined): Worker | undefined {
  if (workerUrl) {
    try {
      return new Worker(workerUrl, { type: 'module' });
    } catch (error) {
      warnWorkerUnavailable(`${String(workerUrl)}: ${(error as Error).message}`);
      return undefined;
    }
  }
  if (inCdnBuild) return startWithPolicy();
  try {
    // Written out in full so bundlers recognise the worker and ship it as its own chunk.
    return new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
  } catch {
    // A synchronous throw: Trusted Types required (retried through our policy), workers forbidden by a
    // Content Security Policy, or no module workers in this browser.
    return startWithPolicy();
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
  const pooled = new ReportWorker(
    worker,
    () => workers.delete(key),
    (reason) => warnWorkerUnavailable(`${key || 'the worker beside the report module'}: ${reason}`),
  );
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
