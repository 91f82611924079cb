/**
 * The report's words by language. Plain data, no DOM: the worker and Node
 * reach it as the browser does.
 */
import { AR } from './ar.js';
import { DE } from './de.js';
import { EN } from './en.js';
import { JA } from './ja.js';
import type { ReportWords } from './types.js';

export type { GenericMedium, ReportWords } from './types.js';
export { EN as ENGLISH_WORDS };

const WORDS: ReadonlyMap<string, ReportWords> = /* @__PURE__ */ new Map([
  ['en', EN],
  ['de', DE],
  ['ja', JA],
  ['ar', AR],
]);

/** Languages written right to left: the report's layout mirrors for them. */
const RIGHT_TO_LEFT: ReadonlySet<string> = /* @__PURE__ */ new Set(['ar', 'he', 'fa', 'ur']);

/** Puts values into a template of the words: fill('{label}: {value}', { label: 'Owner', value: 'Ben' }). */
export function fill(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

const canonical = new Map<string, string | undefined>();

/** A well-formed tag in its canonical case ('de-at' → 'de-AT'), or undefined. */
export function canonicalLocale(locale: string | undefined): string | undefined {
  if (!locale) return undefined;
  // Intl's canonicalization is slow beside a report's other work, and a process sees few locales.
  if (canonical.has(locale)) return canonical.get(locale);
  let tag: string | undefined;
  try {
    tag = Intl.getCanonicalLocales(locale)[0];
  } catch {
    tag = undefined;
  }
  if (canonical.size >= 256) canonical.clear();
  canonical.set(locale, tag);
  return tag;
}

const primary = (tag: string) => tag.split('-')[0]!.toLowerCase();

/** The words for a locale: its exact tag, then its language alone ('de-AT' → German), else English. */
export function reportWords(locale: string | undefined): ReportWords {
  const tag = canonicalLocale(locale);
  if (!tag) return EN;
  return WORDS.get(tag) ?? WORDS.get(primary(tag)) ?? EN;
}

/** 'rtl' for Arabic, Hebrew, Persian and Urdu: the report is then laid out from the right. */
export function reportDirection(locale: string | undefined): 'ltr' | 'rtl' {
  const tag = canonicalLocale(locale);
  return tag && RIGHT_TO_LEFT.has(primary(tag)) ? 'rtl' : 'ltr';
}

/** The PDF's file name in the locale's language, such as 'Gesprächsbericht mit Erkenntnissen.pdf'. */
export function reportFilename(locale: string | undefined): string {
  return reportWords(locale).filename;
}

/**
 * The language the PDF declares (/Lang): the caller's tag when the words are
 * in its language ('de-AT'), the words' own language otherwise.
 */
export function reportLanguage(locale: string | undefined): string {
  const words = reportWords(locale);
  const tag = canonicalLocale(locale);
  return tag && primary(tag) === words.lang ? tag : words.lang;
}
