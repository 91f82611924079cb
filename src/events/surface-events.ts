import { HarmonyEvent } from './harmony-event.js';

// The share dialog's opening and closing: they load with its panel, which sends them.

/** What closed a surface: its ✕, its Done button, Escape, a click outside, or the host's code. */
export type CloseSource = 'close-button' | 'done-button' | 'escape' | 'outside' | 'programmatic';

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
