import type { ConversationRecord, ReadScope, User } from './model.js';

/** The read-scope rule of Roles and Permissions; a share link never widens it. */
export function canRead(user: User, conversation: ConversationRecord): boolean {
  switch (user.scope) {
    case 'all':
      return true;
    case 'team':
      return user.teams.includes(conversation.team);
    case 'own':
      return conversation.createdBy === user.id;
  }
}

/** Deleting a conversation or revoking a link belongs to whoever created it, or to a role that reads all. */
export function canManage(user: User, createdBy: string): boolean {
  return user.scope === 'all' || user.id === createdBy;
}

/** A read scope in words, e.g. "conversations of teams: sales, support", for sign-in and no-access pages. */
export function describeScope(user: User): string {
  const descriptions: Record<ReadScope, string> = {
    own: 'only conversations they created',
    team: `conversations of teams: ${user.teams.join(', ') || 'none'}`,
    all: 'every conversation in the workspace',
  };
  return descriptions[user.scope];
}

/** Why `user` can read `conversation`, the most personal reason first; undefined when they cannot. */
export function accessReason(
  user: User,
  conversation: ConversationRecord,
): 'creator' | 'team' | 'all' | undefined {
  if (conversation.createdBy === user.id) return 'creator';
  if (user.scope === 'all') return 'all';
  if (user.scope === 'team' && user.teams.includes(conversation.team)) return 'team';
  return undefined;
}
