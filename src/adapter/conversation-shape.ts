import {
  STATUSES,
  isRecord,
  isNonEmptyString,
  isInstant,
  isAbsoluteUrl,
  root,
  optional,
  required,
} from './shape-basics.js';
import type { Problems } from './shape-basics.js';
import type { ConversationStatus } from './types.js';

/** The check of the one answer every page asks for at once: the conversation an element is about. */
export function conversationProblems(value: unknown): Problems {
  const { record, problems } = root(value, 'the conversation');
  if (!record) return problems;
  required(record, 'id', isNonEmptyString, 'a non-empty string', problems);
  required(record, 'title', (v) => typeof v === 'string', 'a string', problems);
  required(record, 'startedAt', isInstant, 'an ISO 8601 date-time', problems);
  optional(
    record,
    'durationSeconds',
    (v) => typeof v === 'number' && v >= 0,
    'a non-negative number',
    problems,
  );
  required(record, 'medium', (v) => typeof v === 'string', 'a string', problems);
  required(
    record,
    'status',
    (v) => STATUSES.includes(v as ConversationStatus),
    STATUSES.join(' | '),
    problems,
  );
  required(record, 'url', isAbsoluteUrl, 'an absolute URL', problems);
  if (!Array.isArray(record.participants)) {
    problems.push('participants must be an array');
  } else {
    record.participants.forEach((p, i) => {
      if (!isRecord(p) || typeof p.name !== 'string')
        problems.push(`participants[${i}].name must be a string`);
      else if (p.email !== undefined && typeof p.email !== 'string') {
        problems.push(`participants[${i}].email must be a string`);
      }
    });
  }
  return problems;
}
