import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { AppEnv } from './env.js';
import type { User } from './model.js';
import type { Store } from './store/index.js';

export const SESSION_COOKIE = 'harmony_session';

const DEMO_BEARER = /^Bearer\s+demo-([A-Za-z0-9_-]{1,64})$/i;

/**
 * Scripts send `Authorization: Bearer demo-<user>`, browsers a session cookie. A bearer header that
 * names nobody leaves the request unauthenticated rather than falling back to the cookie.
 */
async function identifyCaller(c: Context, store: Store): Promise<User | undefined> {
  const authorization = c.req.header('authorization');
  if (authorization !== undefined) {
    const userId = DEMO_BEARER.exec(authorization.trim())?.[1];
    return userId === undefined ? undefined : store.findUser(userId);
  }
  const session = getCookie(c, SESSION_COOKIE);
  return session === undefined ? undefined : store.findSessionUser(session);
}

export function identify(store: Store): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    c.set('caller', await identifyCaller(c, store));
    await next();
  };
}

async function forgetStoredSession(c: Context, store: Store): Promise<void> {
  const session = getCookie(c, SESSION_COOKIE);
  if (session !== undefined) await store.deleteSession(session);
}

/** A new session on every sign-in, so switching users never leaves the previous token alive. */
export async function startSession(c: Context, store: Store, user: User): Promise<void> {
  await forgetStoredSession(c, store);
  setCookie(c, SESSION_COOKIE, await store.createSession(user.id), {
    httpOnly: true,
    sameSite: 'Lax',
    path: '/',
  });
}

export async function endSession(c: Context, store: Store): Promise<void> {
  await forgetStoredSession(c, store);
  deleteCookie(c, SESSION_COOKIE, { path: '/' });
}
