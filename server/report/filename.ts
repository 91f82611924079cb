/**
 * The report's file name and how it travels in Content-Disposition. The name comes from the report's
 * words (plain data), never from its renderer, which stays behind render-worker.ts: a HEAD answers
 * with the name without a render.
 */
import { DEFAULT_REPORT_FILENAME } from '../../src/adapter/types.js';

export { reportFilename } from '../../src/report/words/index.js';

/** Letters that have a customary spelling in ASCII, where dropping the accent would change the word. */
const SPELLED_OUT: Readonly<Record<string, string>> = {
  ä: 'ae',
  ö: 'oe',
  ü: 'ue',
  Ä: 'Ae',
  Ö: 'Oe',
  Ü: 'Ue',
  ß: 'ss',
};

/**
 * The name for clients that read only `filename=`: accents dropped ('Gesprächsbericht' →
 * 'Gespraechsbericht'); a name in another script has no readable ASCII form, so the English one stands in.
 */
function asciiFilename(name: string): string {
  const ascii = name
    .replace(/[äöüÄÖÜß]/g, (letter) => SPELLED_OUT[letter]!)
    .normalize('NFD')
    .replace(/\p{M}/gu, '');
  return /^[\x20-\x7e]+$/.test(ascii) && !/["\\]/.test(ascii) ? ascii : DEFAULT_REPORT_FILENAME;
}

/** RFC 5987's attr-char: encodeURIComponent leaves ! ' ( ) * as they are, which the grammar does not allow. */
const extValue = (text: string) =>
  encodeURIComponent(text).replace(/[!'()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);

/**
 * `attachment` with both the plain and the RFC 6266 / 5987 form, so any client reads the name. Control
 * characters, path separators and lone surrogates never reach the header or a file system.
 */
export function contentDisposition(filename: string): string {
  const safe =
    filename
      .replace(/[\p{Cc}\p{Zl}\p{Zp}/\\]/gu, '')
      .replace(/[\ud800-\udfff]/gu, '\ufffd')
      .trim() || DEFAULT_REPORT_FILENAME;
  return `attachment; filename="${asciiFilename(safe)}"; filename*=UTF-8''${extValue(safe)}`;
}
