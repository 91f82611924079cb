import type { Conversation } from '../../adapter/types.js';
import type { HarmonyStrings } from '../../i18n/strings.js';

/**
 * Why Companion cannot discuss the conversation yet, in words; undefined when it can. A conversation
 * not loaded (yet, or at all) does not block: the thread request itself says what went wrong.
 */
export function companionUnavailableReason(
  conversation: Conversation | undefined,
  strings: Pick<HarmonyStrings, 'companionUnavailable' | 'companionProcessingFailed'>,
): string | undefined {
  if (conversation?.status === 'processing') return strings.companionUnavailable;
  if (conversation?.status === 'failed') return strings.companionProcessingFailed;
  return undefined;
}
