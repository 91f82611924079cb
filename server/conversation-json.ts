import type { Context } from 'hono';
import type { Conversation } from '../src/adapter/types.js';
import type { AppEnv } from './env.js';
import type { ConversationRecord } from './model.js';
import { conversationPageUrl } from './public-urls.js';

/** The public shape of a stored conversation: no internal fields, and the page URL for this origin. */
export function conversationJson(c: Context<AppEnv>, record: ConversationRecord): Conversation {
  const { createdBy: _createdBy, team: _team, ...fields } = record;
  return { ...fields, url: conversationPageUrl(c, fields.id) };
}
