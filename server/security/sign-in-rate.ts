import { getConnInfo } from '@hono/node-server/conninfo';
import type { MiddlewareHandler } from 'hono';
import { rateLimiter } from 'hono-rate-limiter';
import { refuse } from './refusal.js';

const WINDOW_MS = 60 * 1000;

/**
 * Sign-in attempts per client address and minute. The demo has no passwords, but a real sign-in
 * would, and the sessions table should not be filled in a loop.
 */
export function signInRateLimit(attemptsPerMinute: number): MiddlewareHandler {
  return rateLimiter({
    windowMs: WINDOW_MS,
    limit: attemptsPerMinute,
    standardHeaders: 'draft-7',
    keyGenerator: (c) => getConnInfo(c).remote.address ?? 'unknown',
    handler: (c) => refuse(c, 429, 'too-many-sign-ins', 'Too many sign-in attempts; wait a minute.'),
  });
}
