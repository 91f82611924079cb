/** `npm run reset-demo`: deletes the demo's data folder; the next start seeds it from the fixtures again. */
import { rm } from 'node:fs/promises';
import { DEFAULT_DATA_DIR } from './data-dir.js';

const dataDir = process.env['HARMONY_DATA_DIR'] || DEFAULT_DATA_DIR;
await rm(dataDir, { recursive: true, force: true });
console.log(`Deleted ${dataDir}; the next start seeds the demo workspace again.`);
