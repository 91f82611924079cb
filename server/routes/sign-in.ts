import { Hono, type Context } from 'hono';
import { endSession, startSession } from '../auth.js';
import type { AppEnv } from '../env.js';
import { isWellFormedId } from '../ids.js';
import { safeNextPath } from '../next-path.js';
import { signInPage } from '../pages/sign-in.js';
import type { Store } from '../store/index.js';

/** Sends a signed-out browser to sign in, and back to the page it asked for afterwards. */
export function redirectToSignIn(c: Context): Response {
  const { pathname, search } = new URL(c.req.url);
  return c.redirect(`/sign-in?next=${encodeURIComponent(pathname + search)}`, 303);
}

export function signInRoutes(store: Store): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();

  routes.get('/sign-in', async (c) =>
    c.html(
      signInPage({
        users: await store.listUsers(),
        next: safeNextPath(c.req.query('next')),
        caller: c.get('caller'),
      }),
    ),
  );

  routes.post('/sign-in', async (c) => {
    const form = await c.req.parseBody().catch(() => ({}) as Record<string, unknown>);
    const next = safeNextPath(form['next']);
    const user = isWellFormedId(form['user']) ? await store.findUser(form['user']) : undefined;
    if (!user) {
      return c.html(
        signInPage({ users: await store.listUsers(), next, error: 'Choose one of the users below.' }),
        400,
      );
    }
    await startSession(c, store, user);
    return c.redirect(next, 303);
  });

  routes.post('/sign-out', async (c) => {
    await endSession(c, store);
    return c.redirect('/sign-in', 303);
  });

  return routes;
}
