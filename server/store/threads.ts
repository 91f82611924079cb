import type { Client } from '@libsql/client';
import type { ThreadRecord } from '../model.js';
import { randomToken } from '../tokens.js';
import type { replayQueries } from './replays.js';

export interface NewThread {
  conversationId: string;
  createdBy: string;
  suggestion: string;
  idempotencyKey?: string;
}

export function threadQueries(db: Client, isoNow: () => string, once: ReturnType<typeof replayQueries>) {
  return {
    createThread({
      conversationId,
      createdBy,
      suggestion,
      idempotencyKey,
    }: NewThread): Promise<ThreadRecord> {
      return once(['thread', createdBy, conversationId], idempotencyKey, async () => {
        const thread: ThreadRecord = {
          id: `thr_${randomToken(16)}`,
          conversationId,
          createdBy,
          suggestion,
          createdAt: isoNow(),
        };
        await db.execute({
          sql: 'INSERT INTO threads (id, conversation_id, created_by, suggestion, created_at) VALUES (?, ?, ?, ?, ?)',
          args: [thread.id, thread.conversationId, thread.createdBy, thread.suggestion, thread.createdAt],
        });
        return thread;
      });
    },
    async findThread(id: string): Promise<ThreadRecord | undefined> {
      const { rows } = await db.execute({
        sql: 'SELECT id, conversation_id, created_by, suggestion, created_at FROM threads WHERE id = ?',
        args: [id],
      });
      const row = rows[0];
      if (!row) return undefined;
      return {
        id: String(row['id']),
        conversationId: String(row['conversation_id']),
        createdBy: String(row['created_by']),
        suggestion: String(row['suggestion']),
        createdAt: String(row['created_at']),
      };
    },
  };
}
