import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const DEMO_DIR = fileURLToPath(new URL('../demo/', import.meta.url));

/** Read on every request, so edits to the demo show on reload. `name` must already be a safe file name. */
export function readDemoFile(name: string): Promise<string> {
  return readFile(join(DEMO_DIR, name), 'utf8');
}
