import { loadedEnglish } from './english/loaded.js';
import { mergeStrings, type HarmonyStrings, type PartialHarmonyStrings } from './strings.js';

/** A language the elements can speak, as `registerLocale` takes it. */
export interface HarmonyLocale {
  /** The BCP 47 tag it is for (`de`, `pt-BR`), matched without regard to case. */
  lang: string;
  /** `rtl` lays the elements out right to left. Default: from the language (`ar`, `he`, `fa`, `ur`, … are `rtl`). */
  dir?: 'ltr' | 'rtl';
  /** The words. Any word left out, including one message of a record, is said in English. */
  strings: PartialHarmonyStrings;
}

// Primary subtags of the languages written right to left, for a locale that does not say its `dir`.
const RIGHT_TO_LEFT = new Set(['ar', 'ckb', 'dv', 'fa', 'he', 'ps', 'sd', 'ug', 'ur', 'yi']);

const locales = new Map<string, HarmonyLocale>();
const listeners = new Set<() => void>();

/**
 * Registers the words for a language. Every element whose language (`lang` on the element or its
 * nearest ancestor, else the document's) is `lang`, or a more specific tag of it (`de-AT` uses `de`),
 * speaks them, and those already on the page re-render at once. Registering a tag again replaces it.
 * The shipped locales register themselves: `import '@harmony/share-components/locales/de'`.
 */
export function registerLocale(locale: HarmonyLocale): void {
  locales.set(locale.lang.toLowerCase(), locale);
  for (const listener of listeners) listener();
}

/**
 * The registered locale for a language tag: the exact tag, then ever shorter prefixes of it
 * (`zh-Hant-TW`, `zh-Hant`, `zh`). No tag means English; undefined when only the built-in English applies.
 */
export function findLocale(lang: string | undefined): HarmonyLocale | undefined {
  const subtags = (lang || 'en').toLowerCase().split('-');
  for (let length = subtags.length; length > 0; length--) {
    const found = locales.get(subtags.slice(0, length).join('-'));
    if (found) return found;
  }
  return undefined;
}

/**
 * The words for a language: an element's own overrides over the registered locale over English. Typed
 * whole, but English words of a part not loaded yet are missing: only the code that loads them reads them.
 */
export function stringsFor(lang: string | undefined, overrides?: PartialHarmonyStrings): HarmonyStrings {
  return mergeStrings(loadedEnglish() as HarmonyStrings, [findLocale(lang)?.strings, overrides]);
}

/** The direction of the words shown for a language; English (no locale registered) is left to right. */
export function directionFor(lang: string | undefined): 'ltr' | 'rtl' {
  const locale = findLocale(lang);
  if (!locale) return 'ltr';
  return locale.dir ?? (RIGHT_TO_LEFT.has(locale.lang.toLowerCase().split('-')[0]!) ? 'rtl' : 'ltr');
}

/** Calls `listener` after every `registerLocale`; returns the unsubscribe function. */
export function onLocaleChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
