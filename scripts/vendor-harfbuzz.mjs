// Copies harfbuzzjs (its bindings, the Emscripten loader and the wasm) into src/report/vendor/harfbuzz/,
// changing one line: the bindings' top-level `init(await createHarfBuzz())` becomes an exported `ready`
// promise. Bundlers build module workers as classic scripts by default (Vite: `worker.format: 'iife'`),
// and a classic script cannot hold a top-level await, so the unchanged package would not build into a
// host app's worker without configuration. Everything else is the package, byte for byte.
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const root = new URL('../', import.meta.url).pathname;
const from = `${root}node_modules/harfbuzzjs/`;
const to = `${root}src/report/vendor/harfbuzz/`;
const FILES = ['index.js', 'harfbuzz.js', 'harfbuzz.wasm', 'LICENSE'];
const TOP_LEVEL_AWAIT = 'init(await createHarfBuzz());';

export function vendorHarfBuzz({ ifMissing = false } = {}) {
  if (ifMissing && FILES.every((file) => existsSync(to + file))) return;
  mkdirSync(to, { recursive: true });
  const bindings = readFileSync(`${from}dist/index.mjs`, 'utf8');
  if (!bindings.includes(TOP_LEVEL_AWAIT)) {
    throw new Error(`harfbuzzjs changed: "${TOP_LEVEL_AWAIT}" not found in dist/index.mjs`);
  }
  writeFileSync(
    `${to}index.js`,
    bindings.replace(TOP_LEVEL_AWAIT, 'const ready = createHarfBuzz().then(init);\nexport { ready };'),
  );
  copyFileSync(`${from}dist/harfbuzz.js`, `${to}harfbuzz.js`);
  copyFileSync(`${from}dist/harfbuzz.wasm`, `${to}harfbuzz.wasm`);
  copyFileSync(`${from}LICENSE`, `${to}LICENSE`);
}

if (import.meta.url === `file://${process.argv[1]}`) vendorHarfBuzz();
