import type { Client, Row } from '@libsql/client';
import type { ShareLinkRecord } from '../model.js';
import { randomToken } from '../tokens.js';
import type { replayQueries } from './replays.js';

export interface NewShareLink {
  conversationId: string;
  createdBy: string;
  idempotencyKey?: string;
}

const COLUMNS = 'id, token, conversation_id, created_by, created_at, revoked_at';

function toLink(row: Row | undefined): ShareLinkRecord | undefined {
  if (!row) return undefined;
  return {
    id: String(row['id']),
    token: String(row['token']),
    conversationId: String(row['conversation_id']),
    createdBy: String(row['created_by']),
    createdAt: String(row['created_at']),
    revoked: row['revoked_at'] !== null,
  };
}

export function linkQueries(db: Client, isoNow: () => string, once: ReturnType<typeof replayQueries>) {
  const findBy = async (column: 'id' | 'token', value: string) =>
    toLink(
      (await db.execute({ sql: `SELECT ${COLUMNS} FROM share_links WHERE ${column} = ?`, args: [value] }))
        .rows[0],
    );

  return {
    createShareLink({ conversationId, createdBy, idempotencyKey }: NewShareLink): Promise<ShareLinkRecord> {
      return once(['link', createdBy, conversationId], idempotencyKey, async () => {
        const link: ShareLinkRecord = {
          id: `lnk_${randomToken(12)}`,
          token: randomToken(),
          conversationId,
          createdBy,
          createdAt: isoNow(),
          revoked: false,
        };
        await db.execute({
          sql: `INSERT INTO share_links (${COLUMNS}) VALUES (?, ?, ?, ?, ?, NULL)`,
          args: [link.id, link.token, link.conversationId, link.createdBy, link.createdAt],
        });
        return link;
      });
    },
    findShareLink: (id: string) => findBy('id', id),
    findShareLinkByToken: (token: string) => findBy('token', token),
    async revokeShareLink(link: ShareLinkRecord): Promise<void> {
      await db.execute({
        sql: 'UPDATE share_links SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL',
        args: [isoNow(), link.id],
      });
    },
  };
}
