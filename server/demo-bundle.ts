import { join } from 'node:path';
import { build, type Rollup } from 'vite';
import { DEMO_DIR } from './demo-files.js';

export interface DemoFile {
  body: string | Uint8Array;
  type: string;
}

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.ttf': 'font/ttf',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json',
};

/** One build per mode, kept: with and without source maps. */
const builds = new Map<boolean, Promise<Map<string, DemoFile>>>();

/**
 * demo/main.ts built the way a host app builds the library: with Vite, so the lazy report renderer,
 * its worker and its fonts become their own files exactly as in a customer's bundle. Built in memory
 * on first request (about a second) and kept; a failed build is not kept, so a reload retries.
 * Paths are relative to /demo/: `main.js`, `chunks/…`, `assets/…`. Source maps only in development:
 * elsewhere they would publish the source.
 */
export function demoFiles(development: boolean): Promise<Map<string, DemoFile>> {
  let files = builds.get(development);
  if (!files) {
    files = buildDemo(development).catch((error: unknown) => {
      builds.delete(development);
      throw error;
    });
    builds.set(development, files);
  }
  return files;
}

async function buildDemo(development: boolean): Promise<Map<string, DemoFile>> {
  const result = (await build({
    configFile: false,
    root: join(DEMO_DIR, '..'),
    base: '/demo/',
    logLevel: 'silent',
    build: {
      write: false,
      target: 'es2022',
      sourcemap: development,
      rollupOptions: {
        input: join(DEMO_DIR, 'main.ts'),
        output: {
          entryFileNames: 'main.js',
          chunkFileNames: 'chunks/[name]-[hash].js',
          assetFileNames: 'assets/[name]-[hash][extname]',
        },
      },
    },
  })) as Rollup.RollupOutput;
  const built = new Map<string, DemoFile>();
  for (const output of result.output) {
    const body = output.type === 'chunk' ? output.code : output.source;
    const extension = output.fileName.slice(output.fileName.lastIndexOf('.'));
    built.set(output.fileName, { body, type: TYPES[extension] ?? 'application/octet-stream' });
  }
  return built;
}
