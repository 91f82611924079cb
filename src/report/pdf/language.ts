import type { jsPDF } from 'jspdf';
import { internalsOf } from './internals.js';

/** The language of a report made without a locale: its fixed words are English. */
const DEFAULT_LANGUAGE = 'en-US';

/** The report's locale as a BCP 47 tag for the catalog's /Lang; English when absent or malformed. */
export function documentLanguage(locale: string | undefined): string {
  try {
    const [tag] = locale ? Intl.getCanonicalLocales(locale) : [];
    // A tag is ASCII letters, digits and hyphens: nothing to escape in a PDF string.
    return tag && /^[A-Za-z0-9-]+$/.test(tag) ? tag : DEFAULT_LANGUAGE;
  } catch {
    return DEFAULT_LANGUAGE;
  }
}

/**
 * Sets the language screen readers speak the report in, and returns it.
 * jsPDF's own setLanguage ignores tags missing from its fixed list (any with a
 * script, such as 'sr-Latn' or 'zh-Hant'), so the catalog entry is written
 * here, in one place.
 */
export function setDocumentLanguage(doc: jsPDF, locale: string | undefined): string {
  const lang = documentLanguage(locale);
  internalsOf(doc).events.subscribe('putCatalog', () => internalsOf(doc).write(`/Lang (${lang})`));
  return lang;
}
