import type { Context, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { SESSION_COOKIE } from '../auth.js';
import { refuse } from './refusal.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** A bearer token is sent by code that holds it, never added by a browser on its own. */
const carriesBearer = (c: Context) => /^Bearer\s/i.test(c.req.header('authorization') ?? '');

/** Sign-in and sign-out carry no session of their own, yet a forged one swaps the user's identity. */
const SESSION_PATHS = new Set(['/sign-in', '/sign-out']);

/**
 * Writes that a browser could make on its own (anything authenticated by the cookie, and sign-in and
 * sign-out themselves, against login CSRF) must come from one of this server's pages. A write with
 * neither a cookie nor a bearer token carries no authority and goes on to be answered 401.
 * `Sec-Fetch-Site` decides when the browser sends it; otherwise `Origin` must be ours; a write with
 * neither is refused, since only a non-browser client omits both and it can send a bearer token.
 * Hono's `csrf()` was not enough: it checks form and `text/plain` bodies only.
 */
export function sameOriginWrites(ownOrigins: ReadonlySet<string>): MiddlewareHandler {
  return async (c, next) => {
    if (SAFE_METHODS.has(c.req.method) || carriesBearer(c)) return next();
    if (getCookie(c, SESSION_COOKIE) === undefined && !SESSION_PATHS.has(c.req.path)) return next();
    const site = c.req.header('sec-fetch-site');
    const origin = c.req.header('origin');
    const sameOrigin =
      site !== undefined ? site === 'same-origin' : origin !== undefined && ownOrigins.has(origin);
    if (!sameOrigin) {
      return refuse(c, 403, 'cross-origin', "Changes are accepted only from this server's own pages.");
    }
    await next();
  };
}
