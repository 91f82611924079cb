import type { MiddlewareHandler } from 'hono';
import { refuse } from './refusal.js';

/**
 * Answers only requests addressed to a host it serves. A DNS-rebinding page reaches 127.0.0.1 under
 * its own name (`Host: evil.example`); refusing that name keeps the page from reading the API.
 */
export function hostCheck(servedHosts: ReadonlySet<string>): MiddlewareHandler {
  return async (c, next) => {
    const host = c.req.header('host')?.toLowerCase();
    if (host === undefined || !servedHosts.has(host)) {
      return refuse(c, 403, 'unknown-host', 'This server does not answer for this host name.');
    }
    await next();
  };
}
