import { Hono } from 'hono';
import { canRead } from '../access.js';
import { readDemoFile } from '../demo-files.js';
import type { AppEnv } from '../env.js';
import { isWellFormedId } from '../ids.js';
import { companionPage } from '../pages/companion.js';
import { linkRevokedPage, noAccessPage, notFoundPage } from '../pages/notices.js';
import type { Store } from '../store.js';
import { redirectToSignIn } from './sign-in.js';

export function pageRoutes(store: Store): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();

  routes.get('/', (c) => c.redirect('/conversations/weekly-sync', 302));

  // The demo page loads its data through the API, which checks read access on every call.
  routes.get('/conversations/:id', async (c) => {
    if (!isWellFormedId(c.req.param('id'))) return c.html(notFoundPage(), 404);
    if (!c.get('caller')) return redirectToSignIn(c);
    return c.html(await readDemoFile('index.html'));
  });

  routes.get('/companion/:threadId', (c) => {
    const threadId = c.req.param('threadId');
    if (!isWellFormedId(threadId)) return c.html(notFoundPage(), 404);
    const caller = c.get('caller');
    if (!caller) return redirectToSignIn(c);
    const thread = store.findThread(threadId);
    if (!thread) return c.html(notFoundPage(), 404);
    const conversation = store.findConversation(thread.conversationId);
    if (!conversation) return c.html(linkRevokedPage(), 410);
    if (!canRead(caller, conversation)) return c.html(noAccessPage(caller, c.req.path), 403);
    // The message box and the suggestion chip both submit `message`; the one with words in it was sent.
    const sent = c.req
      .queries('message')
      ?.filter((message) => message.trim().length > 0)
      .at(-1);
    return c.html(companionPage(thread, conversation, sent?.slice(0, 2000)));
  });

  return routes;
}
