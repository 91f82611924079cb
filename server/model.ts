import type { Conversation, Insight, TranscriptSegment } from '../src/adapter/types.js';

/** Which conversations a role may read: its creator's own, its teams', or every one. */
export type ReadScope = 'own' | 'team' | 'all';

export interface User {
  id: string;
  name: string;
  email: string;
  scope: ReadScope;
  teams: string[];
}

/** A conversation as stored; `url` is left out because it depends on the origin a request came in on. */
export interface ConversationRecord extends Omit<Conversation, 'url'> {
  createdBy: string;
  team: string;
}

export interface ConversationFixture {
  conversation: ConversationRecord;
  insights: Insight[];
  transcript: { segments: TranscriptSegment[] };
}

export interface ShareLinkRecord {
  id: string;
  /** The secret part of the link URL; whoever holds it may try to open the conversation. */
  token: string;
  conversationId: string;
  createdBy: string;
  createdAt: string;
  revoked: boolean;
  /** When the link stops opening, if it was made to expire. */
  expiresAt?: string;
}

export interface ThreadRecord {
  id: string;
  conversationId: string;
  createdBy: string;
  suggestion: string;
  createdAt: string;
}
