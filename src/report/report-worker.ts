import { abortedError, HarmonyError } from '../adapter/errors.js';
import type { WorkerRequest, WorkerResponse } from './worker.js';

/** A worker nobody asked anything of for this long is ended; the next report starts a fresh one. */
const IDLE_MS = 30_000;

interface Job {
  settle(outcome: Uint8Array | undefined | HarmonyError): void;
}

/**
 * One long-lived report worker. Starting a worker means loading jsPDF and the fonts again, which costs
 * more than rendering a typical report, so consecutive reports share one. A result of `undefined` means
 * "this worker cannot do it" and the caller renders on its own thread.
 */
export class ReportWorker {
  private nextId = 1;
  private readonly jobs = new Map<number, Job>();
  private idleTimer?: ReturnType<typeof setTimeout>;
  private ended = false;

  constructor(
    private readonly worker: Worker,
    private readonly onEnd: () => void,
    /** Told why, when the worker could not start or load its modules. */
    private readonly onFailure: (reason: string) => void = () => {},
  ) {
    worker.addEventListener('message', ({ data }: MessageEvent<WorkerResponse>) => {
      const job = this.jobs.get(data.id);
      this.jobs.delete(data.id);
      job?.settle('bytes' in data ? data.bytes : new HarmonyError(data.error.code, data.error.message));
      this.scheduleIdleEnd();
    });
    // A worker whose script cannot load (blocked, missing, unsupported) fires `error` and never answers.
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      this.onFailure(event.message || 'its script or a module it imports did not load');
      this.end();
    });
    worker.addEventListener('messageerror', () => {
      this.onFailure('a message could not be read');
      this.end();
    });
  }

  render(request: Omit<WorkerRequest, 'id'>, signal?: AbortSignal): Promise<Uint8Array | undefined> {
    if (this.ended) return Promise.resolve(undefined);
    clearTimeout(this.idleTimer);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const onAbort = () => {
        this.jobs.delete(id);
        reject(abortedError(signal));
        // The worker is busy with a report nobody wants; ending it is the only way to stop that work.
        this.end();
      };
      this.jobs.set(id, {
        settle: (outcome) => {
          signal?.removeEventListener('abort', onAbort);
          if (outcome instanceof HarmonyError) reject(outcome);
          else resolve(outcome);
        },
      });
      signal?.addEventListener('abort', onAbort, { once: true });
      try {
        this.worker.postMessage({ ...request, id } satisfies WorkerRequest);
      } catch {
        // Input that cannot be cloned into a worker can still be rendered on the caller's thread.
        this.jobs.get(id)?.settle(undefined);
        this.jobs.delete(id);
        this.scheduleIdleEnd();
      }
    });
  }

  /** Ends the worker; reports still waiting on it fall back to the caller's thread. */
  end(): void {
    if (this.ended) return;
    this.ended = true;
    clearTimeout(this.idleTimer);
    this.worker.terminate();
    for (const job of this.jobs.values()) job.settle(undefined);
    this.jobs.clear();
    this.onEnd();
  }

  private scheduleIdleEnd(): void {
    clearTimeout(this.idleTimer);
    if (this.jobs.size === 0 && !this.ended) this.idleTimer = setTimeout(() => this.end(), IDLE_MS);
  }
}
