import type { Context, MiddlewareHandler } from 'hono';
import { canRead } from '../access.js';
import { apiError } from '../api-error.js';
import type { AppEnv } from '../env.js';
import { isWellFormedId } from '../ids.js';
import type { ConversationRecord } from '../model.js';
import type { Store } from '../store/index.js';

export const requireCaller: MiddlewareHandler<AppEnv> = async (c, next) => {
  const caller = c.get('caller');
  if (!caller) return apiError(c, 401, 'Sign in or send a bearer token to use the API.');
  c.set('user', caller);
  await next();
};

/** The conversation if the caller may read it, else the error response to send. */
export async function readableConversation(
  c: Context<AppEnv>,
  store: Store,
  id: unknown,
): Promise<ConversationRecord | Response> {
  const conversation = isWellFormedId(id) ? await store.findConversation(id) : undefined;
  if (!conversation) return apiError(c, 404, 'No conversation has this id.');
  if (!canRead(c.get('user'), conversation)) {
    return apiError(c, 403, "Your role's read scope does not include this conversation.");
  }
  return conversation;
}

/** Insights, transcript, links, reports and Companion threads exist only once processing has finished. */
export function notReadyError(c: Context, conversation: ConversationRecord): Response | undefined {
  if (conversation.status === 'completed') return undefined;
  return apiError(
    c,
    409,
    `The conversation is ${conversation.status === 'failed' ? 'failed' : 'still processing'}.`,
  );
}

/** Every conversation endpoint starts here: the caller's read scope is checked on each request. */
export function requireReadableConversation(store: Store): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const conversation = await readableConversation(c, store, c.req.param('id'));
    if (conversation instanceof Response) return conversation;
    c.set('conversation', conversation);
    await next();
  };
}

export const requireCompleted: MiddlewareHandler<AppEnv> = async (c, next) => {
  const error = notReadyError(c, c.get('conversation'));
  if (error) return error;
  await next();
};
