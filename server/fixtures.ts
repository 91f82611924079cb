import { readFileSync } from 'node:fs';
import type { ConversationFixture, User } from './model.js';

function readFixture<T>(name: string): T {
  return JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8')) as T;
}

let cached: { users: User[]; conversations: ConversationFixture[] } | undefined;

/** The demo workspace, read once; callers get their own deep copy so no test sees another's changes. */
export function loadFixtures(): { users: User[]; conversations: ConversationFixture[] } {
  cached ??= {
    users: readFixture<User[]>('users.json'),
    conversations: readFixture<ConversationFixture[]>('conversations.json'),
  };
  return structuredClone(cached);
}
