/**
 * The lazy pieces esbuild cannot see from the entries: the report worker (reached through
 * `new Worker(new URL(…))`) and the fonts (reached through `new URL('./fonts/…')`).
 */
import { stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { FONT_FAMILIES } from '../src/report/fonts/piece-index.js';
import { measure, type EntrySize } from './bundle-size.js';

export interface FontFamilySize {
  family: string;
  pieces: number;
  /** Bytes of every piece, all weights. */
  bytes: number;
  largest: number;
}

/**
 * The published worker bundled on its own, as a host's bundler emits it: its script, and the chunks it
 * imports lazily. From dist/, like the entries (measureEntries builds it first).
 */
export function measureWorker(): Promise<EntrySize> {
  return measure('report worker', { file: 'dist/report/worker.js' });
}

/** Every family's pieces as sliced into src/report/fonts/pieces/ (scripts/slice-fonts.mjs), by size on disk. */
export async function measureFonts(): Promise<FontFamilySize[]> {
  const sizes: FontFamilySize[] = [];
  for (const family of FONT_FAMILIES) {
    const size: FontFamilySize = { family: family.name, pieces: 0, bytes: 0, largest: 0 };
    for (const piece of family.pieces) {
      for (const url of [piece.regular, piece.bold]) {
        if (!url) continue;
        const bytes = (await stat(fileURLToPath(url()))).size;
        size.pieces += 1;
        size.bytes += bytes;
        size.largest = Math.max(size.largest, bytes);
      }
    }
    sizes.push(size);
  }
  return sizes;
}
