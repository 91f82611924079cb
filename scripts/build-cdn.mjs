// Writes cdn/: the package for pages without a bundler. The built dist/ bundled a second time into
// self-contained, code-split ES modules (Lit and floating-ui included, no bare specifiers), one flat
// folder so every relative URL the code builds at run time — the report worker, the font files — lands
// beside the chunk that asks for it:
//
//   <script type="module" src="…/cdn/define.js"></script>   registers every element
//   import { setDefaultAdapter, createFetchAdapter } from '…/cdn/index.js';   the same module graph
//   <script type="module" src="…/cdn/locale-de.js"></script>   registers German in that graph
import { copyFile, mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { build } from 'esbuild';

/** Every file under `folder`, as paths relative to it. */
async function filesUnder(folder) {
  const found = [];
  for (const entry of await readdir(folder, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) found.push(relative(folder, join(entry.parentPath ?? entry.path, entry.name)));
  }
  return found;
}

/**
 * The bundles keep `new URL('./x', import.meta.url)` as written; copy each file such a URL names from
 * where it sits in dist/ to the same place relative to cdn/.
 */
async function copyReferencedAssets(dist, cdn) {
  const available = (await filesUnder(dist)).filter((file) => !/\.(js|ts|map)$/.test(file));
  const wanted = new Set();
  for (const file of (await readdir(cdn)).filter((name) => name.endsWith('.js'))) {
    const code = await readFile(join(cdn, file), 'utf8');
    // './x' or a bare file name ('harfbuzz.wasm'), never an absolute URL.
    const urls = /new URL\(\s*["'`](?:\.\/)?([^"'`:]+)["'`]\s*,\s*import\.meta\.url/g;
    for (const [, path] of code.matchAll(urls)) wanted.add(path);
  }
  let copied = 0;
  for (const path of wanted) {
    // An entry of this build (the worker), or a file dist/ already holds beside cdn/ (the font pieces).
    if (path.endsWith('.js') || path.startsWith('../dist/')) continue;
    const source = available.find((file) => file === path || file.endsWith(`/${path}`));
    if (!source) throw new Error(`cdn/: nothing in dist/ for new URL('./${path}')`);
    await mkdir(dirname(join(cdn, path)), { recursive: true });
    await copyFile(join(dist, source), join(cdn, path));
    copied++;
  }
  return copied;
}

/**
 * Node's built-in modules, which HarfBuzz's loader and the report's Node font reader import only when
 * they run in Node: in cdn/ they become a module that says so, instead of a name a page cannot resolve.
 */
const nodeOnlyLeftOut = {
  name: 'node-only-left-out',
  setup(build) {
    build.onResolve({ filter: /^(node:.*|module|fs|path|url)$/ }, (args) => ({
      path: args.path,
      namespace: 'node-only',
    }));
    build.onLoad({ filter: /.*/, namespace: 'node-only' }, (args) => ({
      contents: `throw new Error(${JSON.stringify(`${args.path} is only available in Node.`)});`,
      loader: 'js',
    }));
  },
};

/**
 * The font pieces stay where dist/ has them (20 MB: the package carries them once). cdn/ sits beside
 * dist/ in the package, and in any copy of the package a host serves, so its index points there.
 */
const fontsFromDist = {
  name: 'fonts-from-dist',
  setup(build) {
    build.onLoad({ filter: /[\\/]report[\\/]fonts[\\/]pieces\.js$/ }, async (args) => ({
      contents: (await readFile(args.path, 'utf8')).replaceAll(
        "new URL('./pieces/",
        "new URL('../dist/report/fonts/pieces/",
      ),
      loader: 'js',
    }));
  },
};

/** One entry per locale module (`locale-de`), flat beside define.js like every other file of cdn/. */
async function localeEntries(dist) {
  const files = (await readdir(join(dist, 'locales'))).filter((name) => name.endsWith('.js'));
  return Object.fromEntries(
    files.map((name) => [`locale-${name.slice(0, -3)}`, join(dist, 'locales', name)]),
  );
}

export async function buildCdn(root) {
  const dist = join(root, 'dist');
  const cdn = join(root, 'cdn');
  await rm(cdn, { recursive: true, force: true });
  const result = await build({
    metafile: true,
    // The worker is an entry of its own, named as the code asks for it: new URL('./worker.js', …).
    entryPoints: {
      define: join(dist, 'define.js'),
      index: join(dist, 'index.js'),
      worker: join(dist, 'report/worker.js'),
      ...(await localeEntries(dist)),
    },
    outdir: cdn,
    entryNames: '[name]',
    chunkNames: 'chunk-[hash]',
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    legalComments: 'eof',
    sourcemap: true,
    sourcesContent: true,
    // Lit's production build, as a page without a bundler should get.
    conditions: ['production'],
    // The report starts its worker through a Trusted Types policy straight away (src/report/browser.ts).
    define: { __HARMONY_CDN__: 'true' },
    plugins: [nodeOnlyLeftOut, fontsFromDist],
    logLevel: 'warning',
  });
  const assets = await copyReferencedAssets(dist, cdn);
  // Only ever relative imports between the files of cdn/: anything else would need an import map.
  const outputs = Object.entries(result.metafile.outputs).filter(([file]) => file.endsWith('.js'));
  for (const [file, output] of outputs) {
    const named = output.imports.filter((edge) => edge.external);
    if (named.length) throw new Error(`${file} imports ${named.map((edge) => edge.path).join(', ')}`);
  }
  return { files: outputs.length, assets };
}
