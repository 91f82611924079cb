import { abortedError } from '../errors.js';

/** The signal one attempt runs under: it aborts when the caller aborts or when the attempt runs out of time. */
export interface AttemptSignal {
  readonly signal: AbortSignal;
  /** True once the attempt's own deadline (not the caller) aborted it. */
  readonly timedOut: boolean;
  /** Clears the deadline and detaches from the caller's signal; call when the attempt ends. */
  dispose(): void;
}

/**
 * A linked controller rather than `AbortSignal.any` + `AbortSignal.timeout`: it works in browsers that
 * lack them (Safari < 17.4), tells a timeout apart from a caller abort, and lets go of the caller's
 * signal as soon as the attempt ends instead of whenever the garbage collector gets to it.
 */
export function startAttempt(callerSignal: AbortSignal | undefined, timeoutMs: number): AttemptSignal {
  const controller = new AbortController();
  let timedOut = false;
  const onCallerAbort = (): void => controller.abort(callerSignal?.reason);
  callerSignal?.addEventListener('abort', onCallerAbort, { once: true });
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort(new DOMException(`No response within ${timeoutMs} ms.`, 'TimeoutError'));
  }, timeoutMs);
  return {
    signal: controller.signal,
    get timedOut() {
      return timedOut;
    },
    dispose() {
      clearTimeout(timer);
      callerSignal?.removeEventListener('abort', onCallerAbort);
    },
  };
}

/**
 * Settles with `work`, or rejects with the signal's reason as soon as it aborts — even when `work`
 * (an injected fetch, a token provider) does not listen to signals itself.
 */
export function raceAbort<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) {
    work.catch(() => undefined);
    return Promise.reject(signal.reason);
  }
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/** Waits `ms`, rejecting with an `aborted` HarmonyError the moment the caller aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    if (signal?.aborted) {
      reject(abortedError(signal));
      return;
    }
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(abortedError(signal));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
