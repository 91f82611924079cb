import type { User } from './model.js';

/** Longest `who` a teammate check takes: a long name or email, never a document. */
export const MAX_WHO_LENGTH = 200;

/**
 * A team as people read it: the fixtures key teams by a lowercase word ("sales"), the panel names them
 * as the workspace does ("Sales").
 */
export function teamName(id: string): string {
  return id.charAt(0).toLocaleUpperCase('en') + id.slice(1);
}

const fold = (text: string) => text.normalize('NFKC').toLocaleLowerCase('und').trim().replace(/\s+/g, ' ');

/**
 * The workspace member a sender means by `who`: an exact email or user id first, then an exact name,
 * then a name one of whose words starts with it ("dee" → Dee Lindqvist), then an email that starts with
 * it. Several at the same rank: the first by name, so an answer never depends on storage order.
 */
export function findPerson(users: readonly User[], who: string): User | undefined {
  const query = fold(who);
  if (!query) return undefined;
  const ranks: ((user: User) => boolean)[] = [
    (user) => fold(user.email) === query || fold(user.id) === query,
    (user) => fold(user.name) === query,
    (user) =>
      fold(user.name)
        .split(' ')
        .some((word) => word.startsWith(query)) || fold(user.name).startsWith(query),
    (user) => fold(user.email).startsWith(query),
  ];
  const byName = [...users].sort((a, b) => a.name.localeCompare(b.name));
  for (const matches of ranks) {
    const found = byName.find(matches);
    if (found) return found;
  }
  return undefined;
}
