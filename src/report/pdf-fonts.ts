import type { jsPDF } from 'jspdf';
import { HarmonyError } from '../adapter/errors.js';
import type { FontFace, FontLoader } from './font-faces.js';

// jsPDF takes font files as "binary strings"; converting 10 MB is worth doing once per loader.
const binaries = new WeakMap<FontLoader, Map<string, Promise<string>>>();

const TRUETYPE_SIGNATURE = [0x00, 0x01, 0x00, 0x00];
const CFF_SIGNATURE = 'OTTO';

function toBinaryString(bytes: Uint8Array): string {
  const chunks: string[] = [];
  // String.fromCharCode's argument list has a limit; 32 K stays far below every engine's.
  for (let start = 0; start < bytes.length; start += 0x8000) {
    chunks.push(String.fromCharCode(...bytes.subarray(start, start + 0x8000)));
  }
  return chunks.join('');
}

/** jsPDF can only embed glyf-outline TrueType; a CFF `.otf` fails silently, so it is refused here, loudly. */
function assertTrueType(face: FontFace, bytes: Uint8Array): void {
  if (TRUETYPE_SIGNATURE.every((byte, index) => bytes[index] === byte)) return;
  const signature = String.fromCharCode(...bytes.subarray(0, 4));
  const what = signature === CFF_SIGNATURE ? 'a CFF-based OpenType font' : 'not a TrueType font';
  throw new HarmonyError(
    'unsupported',
    `The report font ${face.file} is ${what}; the PDF needs TrueType outlines.`,
  );
}

async function binaryFont(face: FontFace, loader: FontLoader): Promise<string> {
  let perLoader = binaries.get(loader);
  if (!perLoader) binaries.set(loader, (perLoader = new Map()));
  let binary = perLoader.get(face.file);
  if (!binary) {
    binary = loader(face).then((data) => {
      const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
      assertTrueType(face, bytes);
      return toBinaryString(bytes);
    });
    const cache = perLoader;
    binary.catch(() => cache.delete(face.file));
    perLoader.set(face.file, binary);
  }
  return binary;
}

/** Loads the faces (in parallel) and registers them with the document. */
export async function embedFaces(doc: jsPDF, faces: readonly FontFace[], loader: FontLoader): Promise<void> {
  const files = await Promise.all(faces.map((face) => binaryFont(face, loader)));
  faces.forEach((face, index) => {
    doc.addFileToVFS(face.file, files[index]!);
    doc.addFont(face.file, face.family, 'normal', undefined, 'Identity-H');
    // jsPDF catches errors thrown while it parses a font and only logs them; a font it could not read has no cmap.
    if (!embeddedFont(doc, face).metadata?.characterToGlyph) {
      throw new HarmonyError('unsupported', `jsPDF could not read the report font ${face.file}.`);
    }
  });
}

/** jsPDF's record of an embedded font: what `getStringUnitWidth` measures with and whose cmap says what it draws. */
export interface EmbeddedFont {
  metadata?: { characterToGlyph?(code: number): number };
}

// jsPDF's typings declare getFont() without the (family, style) lookup its code has always supported.
type FontLookup = (family: string, style: string) => EmbeddedFont;

export function embeddedFont(doc: jsPDF, face: FontFace): EmbeddedFont {
  return (doc.getFont as unknown as FontLookup).call(doc, face.family, 'normal');
}

/** Whether an embedded font has a glyph for a character; jsPDF silently drops those it has not. */
export function fontDraws(font: EmbeddedFont, char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  // jsPDF writes UTF-16 code units as glyph ids, so characters beyond the BMP cannot be drawn.
  if (code > 0xffff) return false;
  return (font.metadata?.characterToGlyph?.(code) ?? 0) !== 0;
}
