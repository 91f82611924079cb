import type { Context } from 'hono';
import { apiError } from './api-error.js';

const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,255}$/;

/** The request's Idempotency-Key (undefined when absent), or the 400 to send for a malformed one. */
export function idempotencyKeyOf(c: Context): string | undefined | Response {
  const key = c.req.header('idempotency-key');
  if (key !== undefined && !IDEMPOTENCY_KEY.test(key)) {
    return apiError(c, 400, 'Idempotency-Key must be 1 to 255 visible ASCII characters.');
  }
  return key;
}
