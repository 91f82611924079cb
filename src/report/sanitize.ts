/**
 * Turns whatever a backend sent into text the report can lay out. Control
 * characters, bidi overrides (U+202A…U+202E, U+2066…U+2069: they could make a
 * printed name read as something else) and other invisible format characters
 * are removed; joiners (ZWJ, ZWNJ) and emoji tags stay, since shaping needs
 * them. Unassigned and private-use characters stay too: no font draws them, so
 * the page shows a placeholder and the text layer keeps them. A lone surrogate
 * is not text at all and becomes U+FFFD. Text is NFC-normalized, and a run of
 * combining marks is cut at 30, the limit of Unicode's Stream-Safe Text Format.
 */

const REMOVED = /[\p{Cc}\u00ad\u061c\u180e\u200b\u200e\u200f\u202a-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]/gu;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const WHITESPACE = /[\s\p{Zl}\p{Zp}]+/gu;
const LINE_BREAK = /\r\n|[\r\n\u2028\u2029\v\f]/;
const MARK_RUN = /\p{M}{31,}/gu;
const MAX_MARKS = 30;

/** Any value as a string; numbers survive, everything else that is not text becomes ''. */
export function asText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return '';
}

/** One line of text: every run of whitespace or line breaks becomes a single space. */
export function cleanInline(value: unknown): string {
  return asText(value)
    .replace(LONE_SURROGATE, '\ufffd')
    .replace(WHITESPACE, ' ')
    .replace(REMOVED, '')
    .replace(/ {2,}/g, ' ')
    .trim()
    .normalize('NFC')
    .replace(MARK_RUN, (marks) => Array.from(marks).slice(0, MAX_MARKS).join(''));
}

/** Free text as paragraphs, one per non-empty line. */
export function cleanParagraphs(value: unknown): string[] {
  return asText(value)
    .split(LINE_BREAK)
    .map(cleanInline)
    .filter((line) => line.length > 0);
}
