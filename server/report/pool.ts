import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import type { RenderResult, RenderTask } from './render-worker.js';

export interface ReportPoolOptions {
  /** Worker threads; by default one fewer than the cores, so the event loop keeps one, and at least one. */
  threads?: number;
  /** Renders that may wait for a thread; past it the server answers 503. */
  maxQueue?: number;
}

/** Thrown when every thread is busy and the queue is full. */
export class ReportPoolFull extends Error {
  constructor() {
    super('Every report worker is busy and the queue is full.');
  }
}

export type ReportPool = ReturnType<typeof createReportPool>;

/**
 * Reports render in worker threads: a PDF takes milliseconds of CPU, which on the event loop would
 * stall every other request. Identical requests in flight share one render.
 */
export function createReportPool(options: ReportPoolOptions = {}) {
  const threads = options.threads ?? Math.max(1, availableParallelism() - 1);
  const piscina = new Piscina<RenderTask, RenderResult>({
    filename: new URL('./render-worker.ts', import.meta.url).href,
    minThreads: threads,
    maxThreads: threads,
    maxQueue: options.maxQueue ?? threads * 8,
    // Renders yield the CPU to the event loop when both want it (Linux thread priority, through
    // piscina's optional @napi-rs/nice): API answers stay quick while reports take a little longer.
    niceIncrement: 10,
  });
  const inFlight = new Map<string, Promise<RenderResult>>();

  return {
    threads,
    /** `key` names everything the bytes depend on; a second request with it joins the first. */
    render(key: string, task: RenderTask): Promise<RenderResult> {
      const running = inFlight.get(key);
      if (running) return running;
      // Piscina's own check, made first so a full queue is told apart from a failed render.
      if (piscina.queueSize >= piscina.options.maxQueue) return Promise.reject(new ReportPoolFull());
      const rendering = piscina.run(task).finally(() => inFlight.delete(key));
      inFlight.set(key, rendering);
      return rendering;
    },
    close: () => piscina.close({ force: true }),
  };
}
