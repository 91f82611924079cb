import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { FontLoader } from './loader.js';

/**
 * The font loader for Node: reads the piece's file from the package (parsed
 * fonts are kept per process, so each file is read once). Kept out of the
 * report's index so browser bundles never see `node:fs`.
 */
export const nodeFontLoader: FontLoader = async (piece) =>
  new Uint8Array(await readFile(fileURLToPath(piece.url())));
