import { Hono } from 'hono';
import { canManage } from '../access.js';
import { apiError } from '../api-error.js';
import { conversationJson } from '../conversation-json.js';
import type { AppEnv } from '../env.js';
import type { Store } from '../store.js';
import { requireCompleted } from './api-guards.js';

/** Conversation, insights, transcript and deletion; the caller's read access is already checked. */
export function conversationRoutes(store: Store): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();

  routes.get('/:id', (c) => c.json(conversationJson(c, c.get('conversation'))));

  routes.get('/:id/insights', requireCompleted, (c) =>
    c.json({ insights: store.insightsOf(c.get('conversation').id) }),
  );

  routes.get('/:id/transcript', requireCompleted, (c) => {
    const { id } = c.get('conversation');
    return c.json({ conversationId: id, segments: store.transcriptOf(id) });
  });

  routes.delete('/:id', (c) => {
    const conversation = c.get('conversation');
    if (!canManage(c.get('user'), conversation.createdBy)) {
      return apiError(c, 403, 'Only the creator of a conversation or a role that reads all can delete it.');
    }
    store.deleteConversation(conversation.id);
    return c.body(null, 204);
  });

  return routes;
}
