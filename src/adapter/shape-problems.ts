/**
 * Runtime shape checks for the domain types. Each returns the list of what is
 * wrong (empty when the value is fine), so the fetch adapter can reject bad
 * responses and the conformance suite can tell an integrator exactly which
 * field to fix.
 */

import {
  INSIGHT_TYPES,
  isRecord,
  isNonEmptyString,
  isInstant,
  isAbsoluteUrl,
  root,
  optional,
  required,
} from './shape-basics.js';
import type { Problems } from './shape-basics.js';
import type { InsightType } from './types.js';

export { conversationProblems } from './conversation-shape.js';

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

/** The insights endpoint's body: `{ insights: Insight[] }`. */
export function insightListProblems(value: unknown): Problems {
  const insights = (value as { insights?: unknown } | null)?.insights;
  if (!Array.isArray(insights)) return ['insights must be an array'];
  return insights.flatMap((insight, index) =>
    insightProblems(insight).map((problem) => `insights[${index}]: ${problem}`),
  );
}
