import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { FontLoader } from './font-faces.js';

const cache = new Map<string, Promise<Uint8Array>>();

/**
 * The font loader for Node: reads the face's file from disk once per process.
 * Kept out of the report's index so browser bundles never see `node:fs`.
 */
export const nodeFontLoader: FontLoader = (face) => {
  let bytes = cache.get(face.file);
  if (!bytes) {
    bytes = readFile(fileURLToPath(face.url())).then((buffer) => new Uint8Array(buffer));
    // A failed read is not cached, so a file that appears later is found.
    bytes.catch(() => cache.delete(face.file));
    cache.set(face.file, bytes);
  }
  return bytes;
};
