import type { HarmonyAdapter } from './types.js';

let defaultAdapter: HarmonyAdapter | undefined;

/** The adapter every element uses when its own `adapter` property is not set. */
export function setDefaultAdapter(adapter: HarmonyAdapter | undefined): void {
  defaultAdapter = adapter;
}

export function getDefaultAdapter(): HarmonyAdapter | undefined {
  return defaultAdapter;
}
