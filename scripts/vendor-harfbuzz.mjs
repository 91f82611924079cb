// Copies harfbuzzjs (its bindings, the Emscripten loader and the wasm) into src/report/vendor/harfbuzz/,
// changing two things so that a host's bundler builds it with no configuration:
// - the bindings' top-level `init(await createHarfBuzz())` becomes an exported `ready` promise: bundlers
//   build module workers as classic scripts by default (Vite: `worker.format: 'iife'`), and a classic
//   script cannot hold a top-level await;
// - the loader's `import("module")`, reached only in Node, is marked for bundlers to leave alone (webpack 5
//   would otherwise fail the build looking for a browser version of node:module).
// Everything else is the package, byte for byte.
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const root = new URL('../', import.meta.url).pathname;
const from = `${root}node_modules/harfbuzzjs/`;
const to = `${root}src/report/vendor/harfbuzz/`;
const FILES = ['index.js', 'harfbuzz.js', 'harfbuzz.wasm', 'LICENSE'];
const TOP_LEVEL_AWAIT = 'init(await createHarfBuzz());';
const NODE_ONLY_IMPORT = 'import("module")';

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
  const loader = readFileSync(`${from}dist/harfbuzz.js`, 'utf8');
  if (!loader.includes(NODE_ONLY_IMPORT)) {
    throw new Error(`harfbuzzjs changed: ${NODE_ONLY_IMPORT} not found in dist/harfbuzz.js`);
  }
  writeFileSync(
    `${to}harfbuzz.js`,
    loader.replaceAll(NODE_ONLY_IMPORT, 'import(/* webpackIgnore: true */ /* @vite-ignore */ "module")'),
  );
  copyFileSync(`${from}dist/harfbuzz.wasm`, `${to}harfbuzz.wasm`);
  copyFileSync(`${from}LICENSE`, `${to}LICENSE`);
}

if (import.meta.url === `file://${process.argv[1]}`) vendorHarfBuzz();
