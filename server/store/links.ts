import type { Client, Row } from '@libsql/client';
import type { ShareLinkRecord } from '../model.js';
import { randomToken } from '../tokens.js';
import type { replayQueries } from './replays.js';

export interface NewShareLink {
  conversationId: string;
  createdBy: string;
  /** 1, 7 or 30; without it the link works until revoked. */
  expiresInDays?: number;
  idempotencyKey?: string;
}

const COLUMNS = 'id, token, conversation_id, created_by, created_at, expires_at, revoked_at';
const DAY_MS = 24 * 60 * 60 * 1000;

function toLink(row: Row | undefined): ShareLinkRecord | undefined {
  if (!row) return undefined;
  return {
    id: String(row['id']),
    token: String(row['token']),
    conversationId: String(row['conversation_id']),
    createdBy: String(row['created_by']),
    createdAt: String(row['created_at']),
    revoked: row['revoked_at'] !== null,
    ...(row['expires_at'] === null ? {} : { expiresAt: String(row['expires_at']) }),
  };
}

export function linkQueries(db: Client, now: () => number, once: ReturnType<typeof replayQueries>) {
  const isoNow = () => new Date(now()).toISOString();
  const findBy = async (column: 'id' | 'token', value: string) =>
    toLink(
      (await db.execute({ sql: `SELECT ${COLUMNS} FROM share_links WHERE ${column} = ?`, args: [value] }))
        .rows[0],
    );

  return {
    createShareLink({
      conversationId,
      createdBy,
      expiresInDays,
      idempotencyKey,
    }: NewShareLink): Promise<ShareLinkRecord> {
      return once(['link', createdBy, conversationId], idempotencyKey, async () => {
        const link: ShareLinkRecord = {
          id: `lnk_${randomToken(12)}`,
          token: randomToken(),
          conversationId,
          createdBy,
          createdAt: isoNow(),
          revoked: false,
          ...(expiresInDays === undefined
            ? {}
            : { expiresAt: new Date(now() + expiresInDays * DAY_MS).toISOString() }),
        };
        await db.execute({
          sql: `INSERT INTO share_links (${COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, NULL)`,
          args: [
            link.id,
            link.token,
            link.conversationId,
            link.createdBy,
            link.createdAt,
            link.expiresAt ?? null,
          ],
        });
        return link;
      });
    },
    findShareLink: (id: string) => findBy('id', id),
    findShareLinkByToken: (token: string) => findBy('token', token),
    /** Past its expiry time, by the store's clock. */
    hasExpired: (link: ShareLinkRecord) =>
      link.expiresAt !== undefined && Date.parse(link.expiresAt) <= now(),
    /**
     * Brings the expiry of `createdBy`'s live links that were made to expire forward to now: the
     * reference server's way to show an expired link without waiting for it. Returns how many.
     */
    async expireTimedLinksNow(createdBy: string): Promise<number> {
      const at = isoNow();
      const result = await db.execute({
        sql:
          'UPDATE share_links SET expires_at = ? WHERE created_by = ? AND revoked_at IS NULL ' +
          'AND expires_at IS NOT NULL AND expires_at > ?',
        args: [at, createdBy, at],
      });
      return result.rowsAffected;
    },
    async revokeShareLink(link: ShareLinkRecord): Promise<void> {
      await db.execute({
        sql: 'UPDATE share_links SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL',
        args: [isoNow(), link.id],
      });
    },
  };
}
