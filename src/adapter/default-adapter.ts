import type { HarmonyAdapter } from './types.js';

let defaultAdapter: HarmonyAdapter | undefined;
const listeners = new Set<() => void>();

/**
 * The adapter every element uses when its own `adapter` property is not set. Elements already on the
 * page switch to it at once: an open dialog reloads through it.
 */
export function setDefaultAdapter(adapter: HarmonyAdapter | undefined): void {
  if (adapter === defaultAdapter) return;
  defaultAdapter = adapter;
  for (const listener of listeners) listener();
}

export function getDefaultAdapter(): HarmonyAdapter | undefined {
  return defaultAdapter;
}

/** Calls `listener` whenever `setDefaultAdapter` changes the default; returns the unsubscribe function. */
export function onDefaultAdapterChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
