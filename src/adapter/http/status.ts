import type { HarmonyErrorCode } from '../errors.js';

// The HTTP side of the error codes: what the fetch adapter reads from an answer, and what the reference
// server sends. It loads with the adapter's requests, not with the elements.

/** Maps an HTTP status to the code of DESIGN.md §3; `undefined` for success statuses. */
export function codeForStatus(status: number): HarmonyErrorCode | undefined {
  if (status < 400) return undefined;
  if (status === 401) return 'unauthenticated';
  if (status === 403) return 'forbidden';
  if (status === 404 || status === 410) return 'not-found';
  if (status === 409 || status === 425) return 'not-ready';
  if (status === 429) return 'rate-limited';
  if (status === 408) return 'timeout';
  if (status >= 500) return 'unavailable';
  return 'invalid-response';
}
