import type { jsPDF } from 'jspdf';

/** The parts of jsPDF's `internal` object its plugins use, which its typings leave out. */
export interface PdfInternals {
  write(...parts: string[]): void;
  newObject(): number;
  /** An object written after the pages, when its content is known: page object numbers are given by then. */
  newAdditionalObject(): { objId: number; content: string };
  putStream(options: {
    data: string;
    objectId: number;
    filters?: string[];
    additionalKeyValues?: { key: string; value: string | number }[];
  }): void;
  events: { subscribe(topic: string, handler: (...args: never[]) => void): void };
  pageSize: { getHeight(): number };
}

export const internalsOf = (doc: jsPDF) => doc.internal as unknown as PdfInternals;

/** The version in the file's header: jsPDF writes 1.3, older than the structure a tagged PDF uses. */
export function setPdfVersion(doc: jsPDF, version: string): void {
  (doc as unknown as { __private__: { setPdfVersion(value: string): void } }).__private__.setPdfVersion(
    version,
  );
}

/**
 * The filters for a stream the report writes: none below 4 kB. Deflating a
 * stream costs a tenth of a millisecond before its first byte (the compressor's
 * tables), more than a few hundred bytes saved are worth at each report.
 */
export const filtersFor = (data: string): string[] | undefined => (data.length < 4096 ? [] : undefined);

/** A number as PDF writes it: at most two decimals, no trailing zeros. */
export const num = (value: number): string => String(Math.round(value * 100) / 100);

/** A scale (a glyph's points per font unit, around 0.005; a QR module) needs more digits than a position. */
export const fine = (value: number): string => String(Math.round(value * 1e6) / 1e6);

/**
 * A PDF string as hex: UTF-16BE after a byte order mark for text a reader sees
 * (alternate text, titles), or bytes as they are for ASCII such as a URI. Hex
 * needs no escaping of parentheses or backslashes.
 */
export function pdfHexString(value: string, unicode = true): string {
  let hex = unicode ? 'FEFF' : '';
  for (let index = 0; index < value.length; index += 1)
    hex += value
      .charCodeAt(index)
      // Not Unicode means ASCII (a URI is percent-encoded): one byte per character.
      .toString(16)
      .padStart(unicode ? 4 : 2, '0');
  return `<${hex}>`;
}

/** A font as jsPDF keeps it: the resource name, and the object written for it when the file is made. */
export interface PdfFontEntry {
  id: string;
  objectNumber?: number;
  /** Set by whoever writes the font's objects at 'putFont', so jsPDF writes none. */
  isAlreadyPutted?: boolean;
}

type FontRegistry = Record<string, PdfFontEntry>;
const registries = new WeakMap<object, FontRegistry>();
let watching = false;

/**
 * jsPDF keeps a document's fonts (the ones each page's resources list) to
 * itself; the one look its plugin interface gives at them is the 'addFonts'
 * event, published while a document is made. Call before making documents.
 */
export function watchFontRegistries(jsPdfClass: typeof jsPDF): void {
  if (watching) return;
  watching = true;
  const api = (jsPdfClass as unknown as { API: { events: [string, (...args: never[]) => void][] } }).API;
  api.events.push([
    'addFonts',
    function (this: object, { fonts }: { fonts: FontRegistry }) {
      registries.set(this, fonts);
    } as (...args: never[]) => void,
  ]);
}

/** The fonts of a document made after `watchFontRegistries`: an entry added here is listed on every page. */
export function fontRegistryOf(doc: jsPDF): FontRegistry {
  const registry = registries.get(doc);
  if (!registry) throw new Error('jsPDF did not announce its fonts.');
  return registry;
}
