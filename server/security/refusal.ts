import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { codeForStatus } from '../../src/adapter/http/status.js';

/** Why a request was turned away before any route saw it; clients branch on `error.reason`. */
export type RefusalReason =
  | 'cross-origin'
  | 'content-type'
  | 'body-too-large'
  | 'input-too-long'
  | 'unknown-host'
  | 'method-not-allowed'
  | 'too-many-sign-ins';

/**
 * The one answer for every defence: a JSON error with the `code` clients map the status to and the
 * `reason`, and one log line per refused request, so an attack shows in the log without its body.
 */
export function refuse(
  c: Context,
  status: ContentfulStatusCode,
  reason: RefusalReason,
  message: string,
): Response {
  console.warn(`refused ${c.req.method} ${c.req.path}: ${status} ${reason}`);
  return c.json({ error: { code: codeForStatus(status) ?? 'invalid-response', reason, message } }, status);
}
