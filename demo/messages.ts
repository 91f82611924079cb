import type { HarmonyErrorCode } from '../src/adapter/errors.js';
import { isHarmonyError } from '../src/adapter/errors.js';
import type { ConversationStatus } from '../src/adapter/types.js';

const ERROR_MESSAGES: Partial<Record<HarmonyErrorCode, string>> = {
  unauthenticated: 'You are signed out. Sign in again to see this conversation.',
  forbidden: "You don't have access to this conversation — ask an admin to check Settings → Roles.",
  'not-found': "This conversation doesn't exist, or it was deleted.",
  'not-ready': 'This conversation is still processing. Its insights appear when the status reads Completed.',
  'rate-limited': 'Harmony is receiving too many requests. Wait a moment, then reload the page.',
  unavailable: "Harmony can't be reached right now. Reload the page to try again.",
  network: "Harmony can't be reached. Check your connection, then reload the page.",
  timeout: 'Harmony took too long to answer. Reload the page to try again.',
};

/** What to tell the user about a failed load, in words, with the next step. */
export function errorMessage(error: unknown): string {
  const message = isHarmonyError(error) ? ERROR_MESSAGES[error.code] : undefined;
  return message ?? 'Something went wrong while loading this conversation. Reload the page to try again.';
}

export const STATUS_LABELS: Record<ConversationStatus, string> = {
  completed: 'Completed',
  processing: 'Processing',
  failed: 'Failed',
};

// The page names the medium exactly as the report does.
export { mediumLabel } from '../src/report/medium.js';

export function formatStartedAt(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(undefined, { dateStyle: 'full', timeStyle: 'short' }).format(date);
}

export function formatDuration(seconds: number | undefined): string | undefined {
  if (seconds === undefined) return undefined;
  const minutes = Math.round(seconds / 60);
  return minutes < 60 ? `${minutes} min` : `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

export function formatDue(due: string): string {
  // A date without a time is a calendar day, not midnight UTC: format it without shifting time zones.
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(due) ? `${due}T12:00:00` : due);
  if (Number.isNaN(date.getTime())) return due;
  return new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' }).format(date);
}
