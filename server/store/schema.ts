import type { Client } from '@libsql/client';
import { loadFixtures } from '../fixtures.js';

/**
 * The tables. Fixture-shaped data (users, conversations with their insights and transcript) is kept as
 * JSON documents: the server only ever reads it whole. What the server creates and changes — links,
 * sessions, threads, idempotency replays, deletions — has its own columns so it can be queried.
 */
const TABLES = [
  `CREATE TABLE IF NOT EXISTS users (id TEXT PRIMARY KEY, doc TEXT NOT NULL)`,
  `CREATE TABLE IF NOT EXISTS conversations (
     id TEXT PRIMARY KEY, doc TEXT NOT NULL, insights TEXT NOT NULL, transcript TEXT NOT NULL,
     deleted_at TEXT)`,
  `CREATE TABLE IF NOT EXISTS share_links (
     id TEXT PRIMARY KEY, token TEXT NOT NULL UNIQUE, conversation_id TEXT NOT NULL,
     created_by TEXT NOT NULL, created_at TEXT NOT NULL, expires_at TEXT, revoked_at TEXT)`,
  `CREATE INDEX IF NOT EXISTS share_links_by_conversation ON share_links (conversation_id)`,
  `CREATE TABLE IF NOT EXISTS sessions (
     token_hash TEXT PRIMARY KEY, user_id TEXT NOT NULL, created_at INTEGER NOT NULL,
     last_seen_at INTEGER NOT NULL)`,
  `CREATE INDEX IF NOT EXISTS sessions_by_user ON sessions (user_id, created_at)`,
  `CREATE TABLE IF NOT EXISTS threads (
     id TEXT PRIMARY KEY, conversation_id TEXT NOT NULL, created_by TEXT NOT NULL,
     suggestion TEXT NOT NULL, created_at TEXT NOT NULL)`,
  `CREATE TABLE IF NOT EXISTS replays (key TEXT PRIMARY KEY, created TEXT NOT NULL, at INTEGER NOT NULL)`,
];

/**
 * Creates the tables and seeds the demo workspace from the JSON fixtures, once. `INSERT OR IGNORE`
 * lets two processes opening a new database at the same moment both succeed, and never brings back
 * a conversation that was deleted.
 */
export async function migrateAndSeed(db: Client): Promise<void> {
  // WAL lets readers in one process go on while another process writes; it cannot be set in a batch.
  await db.execute('PRAGMA journal_mode = WAL');
  await db.batch(TABLES, 'write');
  const { users, conversations } = loadFixtures();
  await db.batch(
    [
      ...users.map((user) => ({
        sql: 'INSERT OR IGNORE INTO users (id, doc) VALUES (?, ?)',
        args: [user.id, JSON.stringify(user)],
      })),
      ...conversations.map((fixture) => ({
        sql: 'INSERT OR IGNORE INTO conversations (id, doc, insights, transcript) VALUES (?, ?, ?, ?)',
        args: [
          fixture.conversation.id,
          JSON.stringify(fixture.conversation),
          JSON.stringify(fixture.insights),
          JSON.stringify(fixture.transcript.segments),
        ],
      })),
    ],
    'write',
  );
}
