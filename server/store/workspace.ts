import type { Client } from '@libsql/client';
import type { Insight, TranscriptSegment } from '../../src/adapter/types.js';
import type { ConversationRecord, User } from '../model.js';

const parse = <T>(value: unknown): T => JSON.parse(String(value)) as T;

/** Users and conversations: seeded from the fixtures, read whole; conversations can be deleted. */
export function workspaceQueries(db: Client, isoNow: () => string) {
  /** One column of a conversation that has not been deleted. */
  async function liveColumn(id: string, column: 'doc' | 'insights' | 'transcript'): Promise<unknown> {
    const { rows } = await db.execute({
      sql: `SELECT ${column} AS value FROM conversations WHERE id = ? AND deleted_at IS NULL`,
      args: [id],
    });
    return rows[0]?.['value'];
  }

  return {
    async listUsers(): Promise<User[]> {
      const { rows } = await db.execute('SELECT doc FROM users ORDER BY id');
      return rows.map((row) => parse<User>(row['doc']));
    },
    async findUser(id: string): Promise<User | undefined> {
      const { rows } = await db.execute({ sql: 'SELECT doc FROM users WHERE id = ?', args: [id] });
      return rows[0] ? parse<User>(rows[0]['doc']) : undefined;
    },

    /** Every conversation not deleted, in the order the workspace was seeded. */
    async listConversations(): Promise<ConversationRecord[]> {
      const { rows } = await db.execute(
        'SELECT doc FROM conversations WHERE deleted_at IS NULL ORDER BY rowid',
      );
      return rows.map((row) => parse<ConversationRecord>(row['doc']));
    },
    async findConversation(id: string): Promise<ConversationRecord | undefined> {
      const doc = await liveColumn(id, 'doc');
      return doc === undefined ? undefined : parse<ConversationRecord>(doc);
    },
    async insightsOf(id: string): Promise<Insight[]> {
      const insights = await liveColumn(id, 'insights');
      return insights === undefined ? [] : parse<Insight[]>(insights);
    },
    async transcriptOf(id: string): Promise<TranscriptSegment[]> {
      const transcript = await liveColumn(id, 'transcript');
      return transcript === undefined ? [] : parse<TranscriptSegment[]>(transcript);
    },

    /** Deleting a conversation revokes every link to it, in one transaction, so no link outlives it. */
    async deleteConversation(id: string): Promise<void> {
      const at = isoNow();
      await db.batch(
        [
          {
            sql: 'UPDATE conversations SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL',
            args: [at, id],
          },
          {
            sql: 'UPDATE share_links SET revoked_at = ? WHERE conversation_id = ? AND revoked_at IS NULL',
            args: [at, id],
          },
        ],
        'write',
      );
    },
  };
}
