import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { HarmonyErrorCode } from '../src/adapter/errors.js';
import { codeForStatus } from '../src/adapter/http/status.js';

/** The API's error body, `{ error: { code, message } }`, with the code clients map the status to. */
export function apiError(
  c: Context,
  status: ContentfulStatusCode,
  message: string,
  code: HarmonyErrorCode = codeForStatus(status) ?? 'invalid-response',
): Response {
  return c.json({ error: { code, message } }, status);
}
