/** Every way an adapter call can fail, as the elements tell users about it. */
export const HARMONY_ERROR_CODES = [
  'unauthenticated',
  'forbidden',
  'not-found',
  'not-ready',
  'rate-limited',
  'unavailable',
  'network',
  'timeout',
  'aborted',
  'invalid-response',
  'unsupported',
] as const;

export type HarmonyErrorCode = (typeof HARMONY_ERROR_CODES)[number];

export interface HarmonyErrorOptions {
  /** HTTP status, when the failure came from a response. */
  status?: number;
  /** For `rate-limited`: how long the server asked us to wait, in milliseconds. */
  retryAfterMs?: number;
  cause?: unknown;
}

/**
 * The only error adapters reject with. Messages are for developers (logs,
 * consoles); elements show their own localized text chosen by `code`.
 */
export class HarmonyError extends Error {
  override readonly name = 'HarmonyError';
  readonly code: HarmonyErrorCode;
  readonly status?: number;
  readonly retryAfterMs?: number;

  constructor(code: HarmonyErrorCode, message: string, options: HarmonyErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    if (options.status !== undefined) this.status = options.status;
    if (options.retryAfterMs !== undefined) this.retryAfterMs = options.retryAfterMs;
  }
}

export function isHarmonyError(value: unknown): value is HarmonyError {
  return value instanceof HarmonyError;
}

/** The rejection for a call whose signal was aborted by its caller. */
export function abortedError(signal?: AbortSignal): HarmonyError {
  return new HarmonyError('aborted', 'The request was aborted.', { cause: signal?.reason });
}

/** Rejects at once when the caller's signal is already aborted. */
export function throwIfAborted(signal?: AbortSignal): void {
  if (signal?.aborted) throw abortedError(signal);
}
