import type { Insight, TranscriptSegment } from '../src/adapter/types.js';
import { loadFixtures } from './fixtures.js';
import type { ConversationRecord, ShareLinkRecord, ThreadRecord, User } from './model.js';
import { randomToken } from './tokens.js';

/** How long an Idempotency-Key keeps answering with what it first created. */
export const IDEMPOTENCY_WINDOW_MS = 10 * 60 * 1000;

export interface StoreOptions {
  /** Clock in epoch milliseconds; tests move it to step past the idempotency window. */
  now?: () => number;
}

export interface NewShareLink {
  conversationId: string;
  createdBy: string;
  idempotencyKey?: string;
}

export interface NewThread {
  conversationId: string;
  createdBy: string;
  suggestion: string;
  idempotencyKey?: string;
}

export type Store = ReturnType<typeof createStore>;

/** A fresh in-memory workspace seeded from the fixtures. */
export function createStore(options: StoreOptions = {}) {
  const now = options.now ?? Date.now;
  const { users: userList, conversations: fixtures } = loadFixtures();
  const users = new Map(userList.map((user) => [user.id, user]));
  const conversations = new Map<string, ConversationRecord>();
  const insights = new Map<string, Insight[]>();
  const transcripts = new Map<string, TranscriptSegment[]>();
  for (const fixture of fixtures) {
    conversations.set(fixture.conversation.id, fixture.conversation);
    insights.set(fixture.conversation.id, fixture.insights);
    transcripts.set(fixture.conversation.id, fixture.transcript.segments);
  }
  const linksByToken = new Map<string, ShareLinkRecord>();
  const linksById = new Map<string, ShareLinkRecord>();
  const replays = new Map<string, { created: unknown; at: number }>();
  const sessions = new Map<string, string>();
  const threads = new Map<string, ThreadRecord>();

  const isoNow = () => new Date(now()).toISOString();

  /**
   * Creates once per Idempotency-Key: a retried POST (its first answer lost) gets what the first
   * attempt made. The key is scoped to what is created, by whom and for which conversation, so one
   * client's key can never return another's record.
   */
  function once<T>(scope: string[], key: string | undefined, create: () => T): T {
    const replayKey = key && JSON.stringify([...scope, key]);
    const earlier = replayKey ? replays.get(replayKey) : undefined;
    if (earlier && now() - earlier.at < IDEMPOTENCY_WINDOW_MS) return earlier.created as T;
    const created = create();
    if (replayKey) replays.set(replayKey, { created, at: now() });
    return created;
  }

  return {
    listUsers: (): User[] => [...users.values()],
    findUser: (id: string): User | undefined => users.get(id),

    findConversation: (id: string): ConversationRecord | undefined => conversations.get(id),
    insightsOf: (id: string): Insight[] => insights.get(id) ?? [],
    transcriptOf: (id: string): TranscriptSegment[] => transcripts.get(id) ?? [],

    /** Deleting a conversation revokes every link to it, so an old link cannot outlive it. */
    deleteConversation(id: string): void {
      conversations.delete(id);
      insights.delete(id);
      transcripts.delete(id);
      for (const link of linksById.values()) if (link.conversationId === id) link.revoked = true;
    },

    createShareLink({ conversationId, createdBy, idempotencyKey }: NewShareLink): ShareLinkRecord {
      return once(['link', createdBy, conversationId], idempotencyKey, () => {
        const link: ShareLinkRecord = {
          id: `lnk_${randomToken(12)}`,
          token: randomToken(),
          conversationId,
          createdBy,
          createdAt: isoNow(),
          revoked: false,
        };
        linksById.set(link.id, link);
        linksByToken.set(link.token, link);
        return link;
      });
    },
    findShareLink: (id: string): ShareLinkRecord | undefined => linksById.get(id),
    findShareLinkByToken: (token: string): ShareLinkRecord | undefined => linksByToken.get(token),
    revokeShareLink(link: ShareLinkRecord): void {
      link.revoked = true;
    },

    createSession(userId: string): string {
      const token = randomToken(32);
      sessions.set(token, userId);
      return token;
    },
    findSessionUser(token: string): User | undefined {
      const userId = sessions.get(token);
      return userId === undefined ? undefined : users.get(userId);
    },
    deleteSession(token: string): void {
      sessions.delete(token);
    },

    createThread({ conversationId, createdBy, suggestion, idempotencyKey }: NewThread): ThreadRecord {
      return once(['thread', createdBy, conversationId], idempotencyKey, () => {
        const thread = {
          id: `thr_${randomToken(16)}`,
          conversationId,
          createdBy,
          suggestion,
          createdAt: isoNow(),
        };
        threads.set(thread.id, thread);
        return thread;
      });
    },
    findThread: (id: string): ThreadRecord | undefined => threads.get(id),
  };
}
