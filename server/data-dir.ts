import { fileURLToPath } from 'node:url';

/** The demo's data folder, gitignored; `HARMONY_DATA_DIR` names another. */
export const DEFAULT_DATA_DIR = fileURLToPath(new URL('../.data/', import.meta.url));
