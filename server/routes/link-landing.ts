import { Hono } from 'hono';
import { canRead } from '../access.js';
import type { AppEnv } from '../env.js';
import { isWellFormedId } from '../ids.js';
import { linkRevokedPage, noAccessPage, notFoundPage } from '../pages/notices.js';
import type { Store } from '../store.js';
import { redirectToSignIn } from './sign-in.js';

/**
 * GET /s/{token}: where a share link lands. Holding a link proves nothing, so every open checks
 * the visitor's own read scope again.
 */
export function linkLandingRoutes(store: Store): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  routes.get('/s/:token', (c) => {
    c.header('Cache-Control', 'no-store');
    const token = c.req.param('token');
    if (!isWellFormedId(token)) return c.html(notFoundPage(), 404);
    const caller = c.get('caller');
    if (!caller) return redirectToSignIn(c);
    const link = store.findShareLinkByToken(token);
    if (!link) return c.html(notFoundPage(), 404);
    const conversation = store.findConversation(link.conversationId);
    if (link.revoked || !conversation) return c.html(linkRevokedPage(), 410);
    if (!canRead(caller, conversation)) return c.html(noAccessPage(caller, c.req.path), 403);
    return c.redirect(`/conversations/${conversation.id}`, 302);
  });
  return routes;
}
