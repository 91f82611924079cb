import { Hono } from 'hono';
import { canManage } from '../access.js';
import { apiError } from '../api-error.js';
import { conversationJson } from '../conversation-json.js';
import type { AppEnv } from '../env.js';
import type { Store } from '../store/index.js';
import { requireCompleted } from './api-guards.js';

/** Conversation, insights, transcript and deletion; the caller's read access is already checked. */
export function conversationRoutes(store: Store): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();

  routes.get('/:id', (c) => c.json(conversationJson(c, c.get('conversation'))));

  routes.get('/:id/insights', requireCompleted, async (c) =>
    c.json({ insights: await store.insightsOf(c.get('conversation').id) }),
  );

  routes.get('/:id/transcript', requireCompleted, async (c) => {
    const { id } = c.get('conversation');
    return c.json({ conversationId: id, segments: await store.transcriptOf(id) });
  });

  routes.delete('/:id', async (c) => {
    const conversation = c.get('conversation');
    if (!canManage(c.get('user'), conversation.createdBy)) {
      return apiError(c, 403, 'Only the creator of a conversation or a role that reads all can delete it.');
    }
    await store.deleteConversation(conversation.id);
    return c.body(null, 204);
  });

  return routes;
}
