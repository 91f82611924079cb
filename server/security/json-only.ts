import type { MiddlewareHandler } from 'hono';
import { refuse } from './refusal.js';

const JSON_TYPE = /^application\/json\s*(;|$)/i;

/**
 * API writes that carry a body take JSON only. A cross-site form or `text/plain` body cannot be
 * JSON-typed without a CORS preflight, which this server never grants.
 */
export const jsonBodiesOnly: MiddlewareHandler = async (c, next) => {
  const hasBody =
    c.req.header('transfer-encoding') !== undefined || Number(c.req.header('content-length') ?? '0') > 0;
  if (hasBody && !JSON_TYPE.test(c.req.header('content-type') ?? '')) {
    return refuse(c, 403, 'content-type', 'Send the request body as application/json.');
  }
  await next();
};
