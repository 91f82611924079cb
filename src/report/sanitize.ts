/**
 * Turns whatever a backend sent into text the report can lay out. Control,
 * format and private-use characters are removed: they have no glyph, and bidi
 * overrides (U+202E…) could make a printed name read as something else.
 * Text is NFC-normalized because the PDF has no mark positioning, so a base
 * letter plus a combining accent only looks right once it is precomposed.
 */

// \p{Cs} matches lone surrogates under the `u` flag, which jsPDF cannot encode.
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Co}\p{Cn}\p{Cs}]/gu;
const WHITESPACE = /[\s\p{Zl}\p{Zp}]+/gu;
const LINE_BREAK = /\r\n|[\r\n\u2028\u2029\v\f]/;

/** Any value as a string; numbers survive, everything else that is not text becomes ''. */
export function asText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return '';
}

/** One line of text: every run of whitespace or line breaks becomes a single space. */
export function cleanInline(value: unknown): string {
  return asText(value)
    .replace(WHITESPACE, ' ')
    .replace(INVISIBLE, '')
    .replace(/ {2,}/g, ' ')
    .trim()
    .normalize('NFC');
}

/** Free text as paragraphs, one per non-empty line. */
export function cleanParagraphs(value: unknown): string[] {
  return asText(value)
    .split(LINE_BREAK)
    .map(cleanInline)
    .filter((line) => line.length > 0);
}
