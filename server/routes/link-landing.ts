import { Hono } from 'hono';
import { canRead } from '../access.js';
import type { AppEnv } from '../env.js';
import { isWellFormedId } from '../ids.js';
import { linkGonePage, noAccessPage, notFoundPage } from '../pages/notices.js';
import type { Store } from '../store/index.js';
import { redirectToSignIn } from './sign-in.js';

/**
 * GET /s/{token}: where a share link lands. Holding a link proves nothing, so every open checks
 * the visitor's own read scope again.
 */
export function linkLandingRoutes(store: Store): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  routes.get('/s/:token', async (c) => {
    c.header('Cache-Control', 'no-store');
    const token = c.req.param('token');
    const caller = c.get('caller');
    if (!isWellFormedId(token)) return c.html(notFoundPage(caller), 404);
    if (!caller) return redirectToSignIn(c);
    const link = await store.findShareLinkByToken(token);
    if (!link) return c.html(notFoundPage(caller), 404);
    const conversation = await store.findConversation(link.conversationId);
    if (!conversation) return c.html(linkGonePage('deleted', caller), 410);
    if (link.revoked) return c.html(linkGonePage('revoked', caller), 410);
    if (store.hasExpired(link)) return c.html(linkGonePage('expired', caller), 410);
    if (!canRead(caller, conversation)) return c.html(noAccessPage(caller, c.req.path), 403);
    return c.redirect(`/conversations/${conversation.id}`, 302);
  });
  return routes;
}
