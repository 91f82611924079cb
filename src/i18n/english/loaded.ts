import type { HarmonyStrings } from '../strings.js';
import { triggerWords } from './triggers.js';

/**
 * The English this page has loaded: the triggers' words from the start, the rest once something opens
 * (`addEnglish`). An element's words are merged over it, so a change bumps `englishVersion` and an
 * element's cached words are made again.
 */
let loaded: Partial<HarmonyStrings> = triggerWords;
let version = 0;
const added = new WeakSet<object>();

export function loadedEnglish(): Partial<HarmonyStrings> {
  return loaded;
}

export function englishVersion(): number {
  return version;
}

/** Adds a part of the English words (once per part; called by the code that shows them). */
export function addEnglish(words: Partial<HarmonyStrings>): void {
  if (added.has(words)) return;
  added.add(words);
  loaded = { ...loaded, ...words };
  version += 1;
}
