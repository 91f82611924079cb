import { Hono } from 'hono';
import { canRead } from '../access.js';
import type { AppEnv } from '../env.js';
import type { ReportFailureSwitch } from '../report-failure.js';
import type { ReportPool } from '../report/pool.js';
import type { Store } from '../store/index.js';
import { companionRoutes } from './api-companion.js';
import { conversationRoutes } from './api-conversations.js';
import { requireCaller, requireReadableConversation } from './api-guards.js';
import { reportRoute } from './api-report.js';
import { shareAudienceRoutes } from './api-share-audience.js';
import { shareLinkRoutes } from './api-share-links.js';

/** The Harmony Public API subset under /v1. */
export function apiRoutes(
  store: Store,
  reportFailure: ReportFailureSwitch,
  reportPool: ReportPool,
): Hono<AppEnv> {
  const conversations = new Hono<AppEnv>();
  conversations.use('/:id/*', requireCaller, requireReadableConversation(store));
  conversations.route('/', conversationRoutes(store));
  conversations.route('/', shareLinkRoutes(store));
  conversations.route('/', shareAudienceRoutes(store));
  conversations.route('/', reportRoute(store, reportFailure, reportPool));

  const api = new Hono<AppEnv>();
  api.get('/me', requireCaller, (c) => {
    const { id, name, email, scope, teams } = c.get('user');
    return c.json({ id, name, email, scope, teams });
  });
  // The conversations the caller can read, by the same rule as every open: a list never names the rest.
  api.get('/conversations', requireCaller, async (c) => {
    const user = c.get('user');
    const readable = (await store.listConversations()).filter((record) => canRead(user, record));
    return c.json({ conversations: readable.map(({ id, title, status }) => ({ id, title, status })) });
  });
  api.route('/conversations', conversations);
  api.use('/companion/*', requireCaller);
  api.route('/companion', companionRoutes(store));
  return api;
}
