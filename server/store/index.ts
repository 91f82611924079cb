import { createClient } from '@libsql/client';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { User } from '../model.js';
import { linkQueries } from './links.js';
import { replayQueries } from './replays.js';
import { migrateAndSeed } from './schema.js';
import { DEFAULT_SESSION_LIMITS, sessionQueries, type SessionLimits } from './sessions.js';
import { threadQueries } from './threads.js';
import { workspaceQueries } from './workspace.js';

export { IDEMPOTENCY_WINDOW_MS } from './replays.js';
export type { NewShareLink } from './links.js';
export type { NewThread } from './threads.js';
export type { SessionLimits } from './sessions.js';

/** The database file inside a data folder. */
export const DATABASE_FILE = 'harmony.db';

export interface StoreOptions {
  /** The data folder; created if missing, and the database in it created and seeded on first use. */
  dataDir: string;
  /** Clock in epoch milliseconds; tests move it to step past idempotency windows and session lifetimes. */
  now?: () => number;
  sessionLimits?: Partial<SessionLimits>;
}

export type Store = Awaited<ReturnType<typeof openStore>>;

/**
 * The one door to the database: routes call these methods and never see SQL. Several server
 * processes may open the same data folder; each sees the others' writes.
 */
export async function openStore(options: StoreOptions) {
  const now = options.now ?? Date.now;
  const isoNow = () => new Date(now()).toISOString();
  mkdirSync(options.dataDir, { recursive: true });
  const db = createClient({
    url: pathToFileURL(resolve(join(options.dataDir, DATABASE_FILE))).href,
    // Wait for another process's write instead of failing with SQLITE_BUSY.
    timeout: 5000,
  });
  try {
    await migrateAndSeed(db);
  } catch (error) {
    db.close();
    throw error;
  }
  const once = replayQueries(db, now);
  const workspace = workspaceQueries(db, isoNow);
  const sessions = sessionQueries(db, now, { ...DEFAULT_SESSION_LIMITS, ...options.sessionLimits });

  return {
    ...workspace,
    ...linkQueries(db, now, once),
    ...threadQueries(db, isoNow, once),
    createSession: sessions.createSession,
    deleteSession: sessions.deleteSession,
    async findSessionUser(token: string): Promise<User | undefined> {
      const userId = await sessions.findSessionUserId(token);
      return userId === undefined ? undefined : workspace.findUser(userId);
    },
    close(): void {
      db.close();
    },
  };
}
