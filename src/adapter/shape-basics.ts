/**
 * What every shape check shares: the small predicates and the wording of a problem, so that the
 * conversation's check (needed on every page) and the others (loaded when first needed) say it alike.
 */
import type { ConversationStatus, InsightType } from './types.js';

export type Problems = string[];

export const STATUSES: readonly ConversationStatus[] = ['processing', 'completed', 'failed'];
export const INSIGHT_TYPES: readonly InsightType[] = ['summary', 'action-items', 'key-points', 'custom'];

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export const isNonEmptyString = (value: unknown): value is string =>
  typeof value === 'string' && value.length > 0;

export const isInstant = (value: unknown): boolean =>
  typeof value === 'string' && !Number.isNaN(Date.parse(value));

export const isAbsoluteUrl = (value: unknown): boolean => {
  if (typeof value !== 'string') return false;
  try {
    new URL(value);
    return true;
  } catch {
    return false;
  }
};

export function root(value: unknown, what: string): { record?: Record<string, unknown>; problems: Problems } {
  return isRecord(value) ? { record: value, problems: [] } : { problems: [`${what} is not an object`] };
}

export function optional(
  record: Record<string, unknown>,
  key: string,
  test: (value: unknown) => boolean,
  expected: string,
  problems: Problems,
): void {
  required(record, key, (value) => value === undefined || test(value), expected, problems);
}

export function required(
  record: Record<string, unknown>,
  key: string,
  test: (value: unknown) => boolean,
  expected: string,
  problems: Problems,
): void {
  if (!test(record[key])) problems.push(`${key} must be ${expected}`);
}
