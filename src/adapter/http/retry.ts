import type { HarmonyError } from '../errors.js';

/** Statuses that say "try again later" rather than "this request is wrong". */
export const RETRYABLE_STATUSES: ReadonlySet<number> = new Set([408, 429, 502, 503, 504]);

/** Longest Retry-After we wait out; a longer one fails at once so the user is told instead of stalled. */
export const RETRY_AFTER_CAP_MS = 30_000;

/** Longest backoff between two attempts when the server gives no Retry-After. */
export const BACKOFF_CAP_MS = 5_000;

/** A failure worth another attempt: a transient status, or no response at all (network, timeout). */
export function isRetryable(error: HarmonyError): boolean {
  if (error.status !== undefined) return RETRYABLE_STATUSES.has(error.status);
  return error.code === 'network' || error.code === 'timeout';
}

/**
 * Exponential backoff with "equal jitter": half the step is fixed, half random, so clients that failed
 * together do not retry together, yet every wait stays at least half the step.
 */
export function backoffDelayMs(
  retryIndex: number,
  baseMs: number,
  random: () => number = Math.random,
): number {
  const step = Math.min(BACKOFF_CAP_MS, baseMs * 2 ** retryIndex);
  return step / 2 + random() * (step / 2);
}

/** Retry-After as milliseconds from `now`: delta-seconds or an HTTP-date; `undefined` when absent or invalid. */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
