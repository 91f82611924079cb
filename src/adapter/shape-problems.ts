/**
 * Runtime shape checks for the domain types. Each returns the list of what is
 * wrong (empty when the value is fine), so the fetch adapter can reject bad
 * responses and the conformance suite can tell an integrator exactly which
 * field to fix.
 */
import type { ConversationStatus, InsightType } from './types.js';

type Problems = string[];

const STATUSES: readonly ConversationStatus[] = ['processing', 'completed', 'failed'];
const INSIGHT_TYPES: readonly InsightType[] = ['summary', 'action-items', 'key-points', 'custom'];

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isNonEmptyString = (value: unknown): value is string => typeof value === 'string' && value.length > 0;

const isInstant = (value: unknown): boolean => typeof value === 'string' && !Number.isNaN(Date.parse(value));

const isAbsoluteUrl = (value: unknown): boolean => {
  if (typeof value !== 'string') return false;
  try {
    new URL(value);
    return true;
  } catch {
    return false;
  }
};

function root(value: unknown, what: string): { record?: Record<string, unknown>; problems: Problems } {
  return isRecord(value) ? { record: value, problems: [] } : { problems: [`${what} is not an object`] };
}

function optional(
  record: Record<string, unknown>,
  key: string,
  test: (value: unknown) => boolean,
  expected: string,
  problems: Problems,
): void {
  if (record[key] !== undefined && !test(record[key])) problems.push(`${key} must be ${expected}`);
}

function required(
  record: Record<string, unknown>,
  key: string,
  test: (value: unknown) => boolean,
  expected: string,
  problems: Problems,
): void {
  if (!test(record[key])) problems.push(`${key} must be ${expected}`);
}

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

export function insightProblems(value: unknown): Problems {
  const { record, problems } = root(value, 'the insight');
  if (!record) return problems;
  required(record, 'id', isNonEmptyString, 'a non-empty string', problems);
  required(
    record,
    'type',
    (v) => INSIGHT_TYPES.includes(v as InsightType),
    INSIGHT_TYPES.join(' | '),
    problems,
  );
  required(record, 'title', (v) => typeof v === 'string', 'a string', problems);
  optional(record, 'text', (v) => typeof v === 'string', 'a string', problems);
  if (record.items !== undefined) {
    if (!Array.isArray(record.items)) problems.push('items must be an array');
    else {
      record.items.forEach((item, i) => {
        if (!isRecord(item) || typeof item.text !== 'string')
          problems.push(`items[${i}].text must be a string`);
        else {
          optional(item, 'owner', (v) => typeof v === 'string', 'a string', problems);
          optional(item, 'due', isInstant, 'an ISO 8601 date', problems);
        }
      });
    }
  }
  return problems;
}

export function transcriptProblems(value: unknown): Problems {
  const { record, problems } = root(value, 'the transcript');
  if (!record) return problems;
  required(record, 'conversationId', isNonEmptyString, 'a non-empty string', problems);
  if (!Array.isArray(record.segments)) problems.push('segments must be an array');
  else {
    record.segments.forEach((s, i) => {
      if (!isRecord(s) || typeof s.speaker !== 'string' || typeof s.text !== 'string') {
        problems.push(`segments[${i}] must have a speaker and text`);
      } else if (typeof s.startSeconds !== 'number') {
        problems.push(`segments[${i}].startSeconds must be a number`);
      }
    });
  }
  return problems;
}

export function shareLinkProblems(value: unknown): Problems {
  const { record, problems } = root(value, 'the share link');
  if (!record) return problems;
  required(record, 'id', isNonEmptyString, 'a non-empty string', problems);
  required(record, 'url', isAbsoluteUrl, 'an absolute URL', problems);
  required(record, 'createdAt', isInstant, 'an ISO 8601 date-time', problems);
  optional(record, 'expiresAt', isInstant, 'an ISO 8601 date-time', problems);
  return problems;
}

export function companionThreadProblems(value: unknown): Problems {
  const { record, problems } = root(value, 'the Companion thread');
  if (!record) return problems;
  required(record, 'id', isNonEmptyString, 'a non-empty string', problems);
  required(record, 'suggestion', (v) => typeof v === 'string', 'a string', problems);
  optional(record, 'url', isAbsoluteUrl, 'an absolute URL', problems);
  return problems;
}

const REASONS = ['creator', 'team', 'all'];
const ACCESS_REASONS = [...REASONS, 'scope-own', 'scope-team', 'unknown-person'];
const isOneOf = (values: readonly string[]) => (value: unknown) =>
  typeof value === 'string' && values.includes(value);

function personProblems(value: unknown, where: string, problems: Problems, withReason: boolean): void {
  if (!isRecord(value)) {
    problems.push(`${where} should be an object`);
    return;
  }
  if (!isNonEmptyString(value.name)) problems.push(`${where}.name should be a non-empty string`);
  if (value.email !== undefined && typeof value.email !== 'string')
    problems.push(`${where}.email should be a string when present`);
  if (withReason && !isOneOf(REASONS)(value.because))
    problems.push(`${where}.because should be one of ${REASONS.join(', ')}`);
  if (withReason) teamProblems(value, `${where}.team`, problems);
}

/** `team` is optional, names a team, and only says why someone can open it through one. */
function teamProblems(value: Record<string, unknown>, key: string, problems: Problems): void {
  if (value.team === undefined) return;
  if (!isNonEmptyString(value.team)) problems.push(`${key} should be a non-empty string when present`);
  else if (value.because !== 'team') problems.push(`${key} belongs only with because: 'team'`);
}

export function shareAudienceProblems(value: unknown): Problems {
  const { record, problems } = root(value, 'the share audience');
  if (!record) return problems;
  if (!Array.isArray(record.people)) problems.push('people should be an array');
  else record.people.forEach((person, i) => personProblems(person, `people[${i}]`, problems, true));
  if (!Array.isArray(record.teams) || !record.teams.every(isNonEmptyString))
    problems.push('teams should be an array of non-empty strings');
  return problems;
}

export function shareAccessProblems(value: unknown): Problems {
  const { record, problems } = root(value, 'the share access answer');
  if (!record) return problems;
  required(record, 'canOpen', (v) => typeof v === 'boolean', 'a boolean', problems);
  required(record, 'because', isOneOf(ACCESS_REASONS), `one of ${ACCESS_REASONS.join(', ')}`, problems);
  if (record.person !== undefined) personProblems(record.person, 'person', problems, false);
  if (record.canOpen === true && !isOneOf(REASONS)(record.because))
    problems.push('because should say why the person can open it (creator, team or all)');
  if (record.because === 'unknown-person' && (record.canOpen !== false || record.person !== undefined))
    problems.push('an unknown person can open nothing and names nobody');
  teamProblems(record, 'team', problems);
  return problems;
}
