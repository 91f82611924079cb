import { Hono } from 'hono';
import { canRead } from '../access.js';
import { readDemoFile } from '../demo-files.js';
import type { AppEnv } from '../env.js';
import { isWellFormedId } from '../ids.js';
import { companionPage } from '../pages/companion.js';
import { linkGonePage, noAccessPage, notFoundPage, privateThreadPage } from '../pages/notices.js';
import type { Store } from '../store/index.js';
import { redirectToSignIn } from './sign-in.js';

export function pageRoutes(store: Store): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();

  routes.get('/', (c) => c.redirect('/conversations/weekly-sync', 302));

  // The demo page loads its data through the API, which checks read access on every call.
  routes.get('/conversations/:id', async (c) => {
    if (!isWellFormedId(c.req.param('id'))) return c.html(notFoundPage(c.get('caller')), 404);
    if (!c.get('caller')) return redirectToSignIn(c);
    return c.html(await readDemoFile('index.html'));
  });

  routes.get('/companion/:threadId', async (c) => {
    const threadId = c.req.param('threadId');
    const caller = c.get('caller');
    if (!isWellFormedId(threadId)) return c.html(notFoundPage(caller), 404);
    if (!caller) return redirectToSignIn(c);
    const thread = await store.findThread(threadId);
    if (!thread) return c.html(notFoundPage(caller), 404);
    const conversation = await store.findConversation(thread.conversationId);
    if (!conversation) return c.html(linkGonePage('deleted', caller), 410);
    if (!canRead(caller, conversation)) return c.html(noAccessPage(caller, c.req.path), 403);
    // A thread is a private conversation with Companion, whoever else can read the meeting it is about.
    if (thread.createdBy !== caller.id) return c.html(privateThreadPage(caller), 403);
    // The message box and the suggestion chip both submit `message`; the one with words in it was sent.
    const sent = c.req
      .queries('message')
      ?.filter((message) => message.trim().length > 0)
      .at(-1);
    return c.html(companionPage(thread, conversation, caller, sent?.slice(0, 2000)));
  });

  return routes;
}
