import type { HarmonyErrorCode } from '../adapter/errors.js';
import { HarmonyEvent } from './harmony-event.js';

// The events of opening and closing, and of errors: the element shells send them, so they load up front.

/** What closed a surface: its ✕, its Done button, Escape, a click outside, or the host's code. */
export type CloseSource = 'close-button' | 'done-button' | 'escape' | 'outside' | 'programmatic';

/** The action a `harmony-error` came from. */
export type HarmonyAction = 'load' | 'pdf' | 'link' | 'copy' | 'revoke' | 'companion';

export class HarmonyOpenEvent extends HarmonyEvent<Record<string, never>> {
  constructor() {
    super('harmony-open', {});
  }
}

export class HarmonyAfterOpenEvent extends HarmonyEvent<Record<string, never>> {
  constructor() {
    super('harmony-after-open', {});
  }
}

/** Cancelable: `preventDefault()` keeps the surface open. */
export class HarmonyCloseEvent extends HarmonyEvent<{ source: CloseSource }> {
  constructor(source: CloseSource) {
    super('harmony-close', { source }, { cancelable: true });
  }
}

export class HarmonyAfterCloseEvent extends HarmonyEvent<{ source: CloseSource }> {
  constructor(source: CloseSource) {
    super('harmony-after-close', { source });
  }
}

export class HarmonyErrorEvent extends HarmonyEvent<{
  code: HarmonyErrorCode;
  action: HarmonyAction;
  message: string;
}> {
  constructor(detail: { code: HarmonyErrorCode; action: HarmonyAction; message: string }) {
    super('harmony-error', detail);
  }
}
