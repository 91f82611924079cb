/**
 * Eager and lazy JavaScript per public entry, as a host's bundler would ship it:
 * esbuild, minified, ESM with code splitting, every dependency (Lit, floating-ui)
 * included. "Eager" is the entry plus every chunk it imports statically; "lazy"
 * is what only dynamic `import()` reaches (jspdf, qrcode, fonts).
 */
import { build, type Metafile } from 'esbuild';
import { existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

export interface EntrySize {
  entry: string;
  eagerMin: number;
  eagerGzip: number;
  lazy: { file: string; min: number; gzip: number }[];
}

const root = new URL('../', import.meta.url).pathname;

/** Every public entry point that exists today; later entries join as their files land. */
export const PUBLIC_ENTRIES: Record<string, string> = {
  '.': 'src/index.ts',
  './define': 'src/define.ts',
  './adapter': 'src/adapter/index.ts',
  './adapter/conformance': 'src/adapter/conformance.ts',
  './share-dialog': 'src/components/share-dialog/define.ts',
  './overflow-menu': 'src/components/overflow-menu/define.ts',
  './companion-launcher': 'src/components/companion-launcher/define.ts',
};

/** What a host embedding the whole flow loads up front: every element plus the fetch adapter. */
export const WHOLE_FLOW = ['src/define.ts', 'src/adapter/fetch-adapter.ts'];

async function measure(label: string, contents: string): Promise<EntrySize> {
  const result = await build({
    stdin: { contents, resolveDir: root, loader: 'ts', sourcefile: `${label}.ts` },
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
    tsconfigRaw: { compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false } },
    loader: { '.ttf': 'file' },
  });
  const bytes = new Map(
    result.outputFiles.map((f) => [f.path.replace(/^.*virtual-out\//, 'virtual-out/'), f.contents]),
  );
  const outputs = (result.metafile as Metafile).outputs;
  const entryFile = Object.keys(outputs).find((file) => outputs[file]!.entryPoint);
  const eager = new Set<string>();
  const visit = (file: string) => {
    if (eager.has(file)) return;
    eager.add(file);
    for (const edge of outputs[file]!.imports)
      if (edge.kind === 'import-statement' && outputs[edge.path]) visit(edge.path);
  };
  visit(entryFile!);
  const sizeOf = (file: string) => {
    const content = bytes.get(file.replace(/^.*virtual-out\//, 'virtual-out/')) ?? new Uint8Array();
    return { min: content.byteLength, gzip: gzipSync(content, { level: 9 }).byteLength };
  };
  const eagerSizes = [...eager].map(sizeOf);
  return {
    entry: label,
    eagerMin: eagerSizes.reduce((sum, s) => sum + s.min, 0),
    eagerGzip: eagerSizes.reduce((sum, s) => sum + s.gzip, 0),
    lazy: Object.keys(outputs)
      .filter((file) => !eager.has(file) && !file.endsWith('.map'))
      .map((file) => ({ file: file.replace(/^.*virtual-out\//, ''), ...sizeOf(file) })),
  };
}

export async function measureEntries(): Promise<EntrySize[]> {
  const sizes: EntrySize[] = [];
  for (const [name, path] of Object.entries(PUBLIC_ENTRIES)) {
    if (!existsSync(root + path)) continue;
    sizes.push(await measure(name, `export * from './${path}';`));
  }
  const flow = WHOLE_FLOW.filter((path) => existsSync(root + path));
  sizes.push(await measure('whole flow', flow.map((path) => `export * from './${path}';`).join('\n')));
  return sizes;
}
