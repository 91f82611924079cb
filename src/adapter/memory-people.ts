import type { ShareAccess, ShareAudience } from './types.js';

const fold = (text: string) => text.normalize('NFKC').toLocaleLowerCase('und').trim();

/** `who` names this person: their email, or the start of their name or of a word of it. */
function matches(person: { name: string; email?: string }, who: string): boolean {
  const query = fold(who);
  if (!query) return false;
  const name = fold(person.name);
  return (
    (person.email !== undefined && fold(person.email) === query) ||
    name.startsWith(query) ||
    name.split(/\s+/).some((word) => word.startsWith(query))
  );
}

/** The in-memory answer to "can `who` open it?": the audience first, then the other known people. */
export function accessOf(
  audience: ShareAudience['people'],
  others: readonly { name: string; email?: string; scope: 'own' | 'team' }[],
  who: string,
): ShareAccess {
  const member = audience.find((person) => matches(person, who));
  if (member) {
    const { name, email, because, team } = member;
    const person = email === undefined ? { name } : { name, email };
    return { canOpen: true, person, because, ...(team === undefined ? {} : { team }) };
  }
  const other = others.find((person) => matches(person, who));
  if (!other) return { canOpen: false, because: 'unknown-person' };
  const person = other.email === undefined ? { name: other.name } : { name: other.name, email: other.email };
  return { canOpen: false, person, because: other.scope === 'own' ? 'scope-own' : 'scope-team' };
}
