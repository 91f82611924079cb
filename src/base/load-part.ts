import { HarmonyErrorEvent, type HarmonyAction } from '../events/events.js';
import type { Lazy } from './lazy.js';

/**
 * The lazily loaded part of an element, when it is needed. A chunk the host's server cannot deliver
 * fails loudly: the element tells its page why (`harmony-error`, `unavailable`, with the browser's
 * message, which names the URL) and gets undefined, so it can stay as it was.
 */
export async function loadPart<T>(
  element: HTMLElement,
  part: Lazy<T>,
  what: string,
  action: HarmonyAction,
): Promise<T | undefined> {
  try {
    return await part.get();
  } catch (error) {
    const cause = error instanceof Error ? error.message : String(error);
    const message = `${what} could not be loaded: ${cause}`;
    element.dispatchEvent(new HarmonyErrorEvent({ code: 'unavailable', action, message }));
    return undefined;
  }
}
