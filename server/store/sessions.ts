import type { Client } from '@libsql/client';
import { createHash } from 'node:crypto';
import { randomToken } from '../tokens.js';

export interface SessionLimits {
  /** A session unused this long is over. */
  idleMs: number;
  /** A session this old is over, however busy. */
  absoluteMs: number;
  /** Signing in once more ends the user's oldest session. */
  perUser: number;
  /** Past this many sessions in the workspace, the oldest ones end. */
  total: number;
}

export const DEFAULT_SESSION_LIMITS: SessionLimits = {
  idleMs: 2 * 60 * 60 * 1000,
  absoluteMs: 24 * 60 * 60 * 1000,
  perUser: 5,
  total: 10_000,
};

/** Last-seen times are written at most this often, so browsing does not turn every read into a write. */
const TOUCH_EVERY_MS = 60 * 1000;

/** Only a hash of each token is stored: a copy of the database does not let anyone sign in. */
const hashOf = (token: string) => createHash('sha256').update(token).digest('base64url');

export function sessionQueries(db: Client, now: () => number, limits: SessionLimits) {
  return {
    async createSession(userId: string): Promise<string> {
      const token = randomToken(32);
      const at = now();
      await db.batch(
        [
          {
            sql: 'DELETE FROM sessions WHERE last_seen_at <= ? OR created_at <= ?',
            args: [at - limits.idleMs, at - limits.absoluteMs],
          },
          {
            sql: `DELETE FROM sessions WHERE token_hash IN (
                    SELECT token_hash FROM sessions WHERE user_id = ? ORDER BY created_at DESC LIMIT -1 OFFSET ?)`,
            args: [userId, limits.perUser - 1],
          },
          {
            sql: `DELETE FROM sessions WHERE token_hash IN (
                    SELECT token_hash FROM sessions ORDER BY created_at DESC LIMIT -1 OFFSET ?)`,
            args: [limits.total - 1],
          },
          {
            sql: 'INSERT INTO sessions (token_hash, user_id, created_at, last_seen_at) VALUES (?, ?, ?, ?)',
            args: [hashOf(token), userId, at, at],
          },
        ],
        'write',
      );
      return token;
    },

    /** The user a live session belongs to; an expired one is deleted on sight. */
    async findSessionUserId(token: string): Promise<string | undefined> {
      const tokenHash = hashOf(token);
      const { rows } = await db.execute({
        sql: 'SELECT user_id, created_at, last_seen_at FROM sessions WHERE token_hash = ?',
        args: [tokenHash],
      });
      const row = rows[0];
      if (!row) return undefined;
      const at = now();
      const lastSeen = Number(row['last_seen_at']);
      if (at - lastSeen >= limits.idleMs || at - Number(row['created_at']) >= limits.absoluteMs) {
        await db.execute({ sql: 'DELETE FROM sessions WHERE token_hash = ?', args: [tokenHash] });
        return undefined;
      }
      if (at - lastSeen >= TOUCH_EVERY_MS) {
        await db.execute({
          sql: 'UPDATE sessions SET last_seen_at = ? WHERE token_hash = ?',
          args: [at, tokenHash],
        });
      }
      return String(row['user_id']);
    },

    async deleteSession(token: string): Promise<void> {
      await db.execute({ sql: 'DELETE FROM sessions WHERE token_hash = ?', args: [hashOf(token)] });
    },
  };
}
