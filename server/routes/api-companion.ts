import { Hono } from 'hono';
import type { CompanionThread } from '../../src/adapter/types.js';
import { apiError } from '../api-error.js';
import type { AppEnv } from '../env.js';
import { companionThreadUrl } from '../public-urls.js';
import type { Store } from '../store/index.js';
import { notReadyError, readableConversation } from './api-guards.js';
import { idempotencyKeyOf } from '../idempotency-key.js';

const MAX_SUGGESTION_LENGTH = 2000;

interface ThreadRequest {
  conversationId: string;
  suggestion: string;
}

function isThreadRequest(body: unknown): body is ThreadRequest {
  if (typeof body !== 'object' || body === null) return false;
  const { conversationId, suggestion } = body as Record<string, unknown>;
  return (
    typeof conversationId === 'string' &&
    // Empty: an open-ended thread (the ⋯ menu's Discuss with Companion), with no suggestion offered.
    typeof suggestion === 'string' &&
    (suggestion === '' || suggestion.trim().length > 0) &&
    suggestion.length <= MAX_SUGGESTION_LENGTH
  );
}

/** POST /v1/companion/threads: a new Companion thread with a conversation as its context. */
export function companionRoutes(store: Store): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  routes.post('/threads', async (c) => {
    const idempotencyKey = idempotencyKeyOf(c);
    if (idempotencyKey instanceof Response) return idempotencyKey;
    const body: unknown = await c.req.json().catch(() => undefined);
    if (!isThreadRequest(body)) {
      return apiError(
        c,
        400,
        'Send JSON { conversationId, suggestion } with a suggestion of at most 2,000 characters (empty for an open-ended thread).',
      );
    }
    const conversation = await readableConversation(c, store, body.conversationId);
    if (conversation instanceof Response) return conversation;
    const notReady = notReadyError(c, conversation);
    if (notReady) return notReady;
    const thread = await store.createThread({
      conversationId: conversation.id,
      createdBy: c.get('user').id,
      suggestion: body.suggestion,
      idempotencyKey,
    });
    const response: CompanionThread = {
      id: thread.id,
      url: companionThreadUrl(c, thread.id),
      suggestion: thread.suggestion,
    };
    return c.json(response, 201);
  });
  return routes;
}
