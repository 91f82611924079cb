import type { Client } from '@libsql/client';

/** How long an Idempotency-Key keeps answering with what it first created. */
export const IDEMPOTENCY_WINDOW_MS = 10 * 60 * 1000;

/**
 * Creates once per Idempotency-Key: a retried POST (its first answer lost) gets what the first
 * attempt made. The key is scoped to what is created, by whom and for which conversation, so one
 * client's key can never return another's record. Kept in the database, so a retry that lands on
 * another server process sharing it is answered the same.
 */
export function replayQueries(db: Client, now: () => number) {
  return async function once<T>(
    scope: string[],
    key: string | undefined,
    create: () => Promise<T>,
  ): Promise<T> {
    if (key === undefined) return create();
    const replayKey = JSON.stringify([...scope, key]);
    const { rows } = await db.execute({
      sql: 'SELECT created FROM replays WHERE key = ? AND at > ?',
      args: [replayKey, now() - IDEMPOTENCY_WINDOW_MS],
    });
    if (rows[0]) return JSON.parse(String(rows[0]['created'])) as T;
    const created = await create();
    await db.execute({
      sql: 'INSERT OR REPLACE INTO replays (key, created, at) VALUES (?, ?, ?)',
      args: [replayKey, JSON.stringify(created), now()],
    });
    return created;
  };
}
