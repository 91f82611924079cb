import { mergeStrings, type HarmonyStrings, type PartialHarmonyStrings } from '../strings.js';
import { surfaceWords } from './surfaces.js';
import { triggerWords } from './triggers.js';

/** Every English word, for hosts that build on them (the elements load theirs in two parts). */
export const englishStrings: HarmonyStrings = { ...triggerWords, ...surfaceWords };

/**
 * The English defaults with each layer of overrides on top, in order (a locale, then an element's
 * `strings`). Records of messages merge per key, so a partial record never blanks the others.
 */
export function resolveStrings(...layers: (PartialHarmonyStrings | undefined)[]): HarmonyStrings {
  return mergeStrings(englishStrings, layers);
}
