import type { HarmonyErrorCode } from '../adapter/errors.js';
import { HarmonyEvent } from './harmony-event.js';

// What every element sends when something fails, from its first moment (a part or a conversation
// that cannot load): it loads with the element shells.

/** The action a `harmony-error` came from. */
export type HarmonyAction = 'load' | 'pdf' | 'link' | 'copy' | 'revoke' | 'companion';

export class HarmonyErrorEvent extends HarmonyEvent<{
  code: HarmonyErrorCode;
  action: HarmonyAction;
  message: string;
}> {
  constructor(detail: { code: HarmonyErrorCode; action: HarmonyAction; message: string }) {
    super('harmony-error', detail);
  }
}
