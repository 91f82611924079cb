/**
 * The lazy pieces esbuild cannot see from the entries: the report worker (reached through
 * `new Worker(new URL(…))`) and the fonts (reached through `new URL('./fonts/…')`).
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { FONT_FACES } from '../src/report/font-faces.js';
import { measure, root, type EntrySize } from './bundle-size.js';

export interface FontFile {
  file: string;
  script: string;
  bytes: number;
  gzip: number;
  /** False for a .ttf in the folder that no FONT_FACES entry names (it would never be loaded). */
  listed: boolean;
}

/** The worker bundled on its own, as a bundler emits it: its script, and the chunks it imports lazily. */
export function measureWorker(): Promise<EntrySize> {
  return measure('report worker', { file: 'src/report/worker.ts' });
}

/** Every report font with its size on disk; the folder holds links into node_modules, so stat follows them. */
export async function measureFonts(): Promise<FontFile[]> {
  const folder = `${root}src/report/fonts/`;
  const onDisk = (await readdir(folder)).filter((name) => name.endsWith('.ttf'));
  const names = new Set([...FONT_FACES.map((face) => face.file), ...onDisk]);
  const fonts: FontFile[] = [];
  for (const file of names) {
    const face = FONT_FACES.find((candidate) => candidate.file === file);
    const path = face ? fileURLToPath(face.url()) : folder + file;
    const bytes = (await stat(path)).size;
    fonts.push({
      file,
      script: face ? `${face.script} ${face.weight}` : '—',
      bytes,
      gzip: gzipSync(await readFile(path)).byteLength,
      listed: !!face,
    });
  }
  return fonts;
}
