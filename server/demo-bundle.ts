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

let files: Promise<Map<string, DemoFile>> | undefined;

/**
 * demo/main.ts built the way a host app builds the library: with Vite, so the lazy report renderer,
 * its worker and its fonts become their own files exactly as in a customer's bundle. Built in memory
 * on first request (about a second) and kept; a failed build is not kept, so a reload retries.
 * Paths are relative to /demo/: `main.js`, `chunks/…`, `assets/…`.
 */
export function demoFiles(): Promise<Map<string, DemoFile>> {
  files ??= buildDemo().catch((error: unknown) => {
    files = undefined;
    throw error;
  });
  return files;
}

async function buildDemo(): Promise<Map<string, DemoFile>> {
  const result = (await build({
    configFile: false,
    root: join(DEMO_DIR, '..'),
    base: '/demo/',
    logLevel: 'silent',
    build: {
      write: false,
      target: 'es2022',
      sourcemap: true,
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
