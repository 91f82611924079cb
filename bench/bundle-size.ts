/**
 * Eager and lazy JavaScript per public entry, as a host's bundler would ship it from the published
 * `dist/` (built first, CSS in templates minified as it ships): esbuild, minified, ESM with code
 * splitting, every dependency (Lit, floating-ui) included. "Eager" is the entry plus every chunk it imports statically; "lazy"
 * is what only dynamic `import()` reaches (jspdf, qrcode, the report renderer).
 */
import { build, type Metafile } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

export interface ChunkSize {
  file: string;
  min: number;
  gzip: number;
  /** Source files (relative to the repository) that esbuild put in this chunk. */
  inputs: string[];
}

export interface EagerInput {
  path: string;
  /** Minified bytes this source file contributes to the eager chunks. */
  bytes: number;
}

export interface EntrySize {
  entry: string;
  eagerMin: number;
  eagerGzip: number;
  /** How many files the eager code is split into. */
  eagerFiles: number;
  /** gzip -9 of the eager chunks as one file: what a bundler that merges small chunks would ship. */
  eagerGzipOneFile: number;
  eagerInputs: EagerInput[];
  lazy: ChunkSize[];
}

export const root = new URL('../', import.meta.url).pathname;

/** Every public entry point that exists today; later entries join as their files land. */
export const PUBLIC_ENTRIES: Record<string, string> = {
  '.': 'dist/index.js',
  './define': 'dist/define.js',
  './adapter': 'dist/adapter/index.js',
  './adapter/conformance': 'dist/adapter/conformance.js',
  './share-dialog': 'dist/components/share-dialog/define.js',
  './overflow-menu': 'dist/components/overflow-menu/define.js',
  './companion-launcher': 'dist/components/companion-launcher/define.js',
  './locales/en': 'dist/locales/en.js',
  './locales/de': 'dist/locales/de.js',
  './locales/ja': 'dist/locales/ja.js',
  './locales/ar': 'dist/locales/ar.js',
};

/** What a host embedding the whole flow loads up front: every element plus the fetch adapter. */
export const WHOLE_FLOW = ['dist/define.js', 'dist/adapter/fetch-adapter.js'];

const outName = (file: string) => file.replace(/^.*virtual-out\//, '');

/**
 * `source` is module text (re-exports of entries) or one file bundled as an entry of its own: a
 * worker, whose statements esbuild would drop as side-effect free if it were only imported.
 */
export async function measure(
  label: string,
  source: { contents: string } | { file: string },
): Promise<EntrySize> {
  const result = await build({
    ...('file' in source
      ? { entryPoints: [source.file] }
      : { stdin: { contents: source.contents, resolveDir: root, loader: 'ts', sourcefile: `${label}.ts` } }),
    absWorkingDir: root,
    bundle: true,
    splitting: true,
    format: 'esm',
    minify: true,
    target: 'es2022',
    platform: 'browser',
    outdir: '/virtual-out',
    write: false,
    metafile: true,
    logLevel: 'silent',
    tsconfigRaw: { compilerOptions: { useDefineForClassFields: false } },
    loader: { '.ttf': 'file', '.wasm': 'file' },
    // HarfBuzz's loader imports node:module on its Node-only branch; browser bundlers leave it out.
    external: ['module'],
  });
  const bytes = new Map(result.outputFiles.map((f) => [outName(f.path), f.contents]));
  const outputs = (result.metafile as Metafile).outputs;
  // Each dynamic import() target is an entry point of its own in the metafile: find the one measured.
  const bare = (path: string) => path.replace(/^\.\//, '');
  const wanted = bare('file' in source ? source.file : `${label}.ts`);
  const entryFile = Object.keys(outputs).find((file) => bare(outputs[file]!.entryPoint ?? '') === wanted);
  if (!entryFile) throw new Error(`bundle-size: esbuild produced no output for the entry ${wanted}`);
  const eager = new Set<string>();
  const visit = (file: string) => {
    if (eager.has(file)) return;
    eager.add(file);
    for (const edge of outputs[file]!.imports)
      if (edge.kind === 'import-statement' && outputs[edge.path]) visit(edge.path);
  };
  visit(entryFile);
  const sizeOf = (file: string): ChunkSize => {
    const content = bytes.get(outName(file)) ?? new Uint8Array();
    return {
      file: outName(file),
      min: content.byteLength,
      gzip: gzipSync(content, { level: 9 }).byteLength,
      inputs: Object.keys(outputs[file]!.inputs),
    };
  };
  const eagerSizes = [...eager].map(sizeOf);
  const eagerInputs = [...eager].flatMap((file) =>
    Object.entries(outputs[file]!.inputs).map(([path, input]) => ({ path, bytes: input.bytesInOutput })),
  );
  return {
    entry: label,
    eagerMin: eagerSizes.reduce((sum, s) => sum + s.min, 0),
    eagerGzip: eagerSizes.reduce((sum, s) => sum + s.gzip, 0),
    eagerFiles: eager.size,
    eagerGzipOneFile: gzipSync(
      Buffer.concat([...eager].map((file) => bytes.get(outName(file)) ?? new Uint8Array())),
      {
        level: 9,
      },
    ).byteLength,
    eagerInputs,
    lazy: Object.keys(outputs)
      .filter((file) => !eager.has(file) && !file.endsWith('.map'))
      .map(sizeOf),
  };
}

export async function measureEntries(): Promise<EntrySize[]> {
  execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'ignore' });
  const sizes: EntrySize[] = [];
  for (const [name, path] of Object.entries(PUBLIC_ENTRIES)) {
    if (!existsSync(root + path)) continue;
    sizes.push(await measure(name, { contents: `export * from './${path}';` }));
  }
  const flow = WHOLE_FLOW.filter((path) => existsSync(root + path));
  const contents = flow.map((path) => `export * from './${path}';`).join('\n');
  sizes.push(await measure('whole flow', { contents }));
  return sizes;
}
