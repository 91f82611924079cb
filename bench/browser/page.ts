/**
 * Builds the bench page with Vite in memory (as server/demo-bundle.ts builds the demo) and serves it
 * from 127.0.0.1 on an ephemeral port. Responses may be cached, so warmed-up runs fetch no font twice.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { build, type Rollup } from 'vite';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
};

const PAGE =
  '<!doctype html><html lang="en"><title>bench</title><script type="module" src="/entry.js"></script></html>';

async function buildPage(): Promise<Map<string, string | Uint8Array>> {
  const result = (await build({
    configFile: false,
    root: fileURLToPath(new URL('../../', import.meta.url)),
    base: '/',
    logLevel: 'silent',
    publicDir: false,
    build: {
      write: false,
      target: 'es2022',
      rollupOptions: {
        input: fileURLToPath(new URL('./entry.ts', import.meta.url)),
        output: {
          entryFileNames: 'entry.js',
          chunkFileNames: 'chunks/[name]-[hash].js',
          assetFileNames: 'assets/[name]-[hash][extname]',
        },
      },
    },
  })) as Rollup.RollupOutput;
  const files = new Map<string, string | Uint8Array>([['index.html', PAGE]]);
  for (const output of result.output)
    files.set(output.fileName, output.type === 'chunk' ? output.code : output.source);
  return files;
}

export interface BenchPage {
  url: string;
  close(): Promise<void>;
}

export async function serveBenchPage(): Promise<BenchPage> {
  const files = await buildPage();
  const server = createServer((request, response) => {
    const name = new URL(request.url ?? '/', 'http://bench').pathname.slice(1) || 'index.html';
    const body = files.get(name);
    if (body === undefined) {
      response.writeHead(404).end();
      return;
    }
    const type = TYPES[name.slice(name.lastIndexOf('.'))] ?? 'application/octet-stream';
    response.writeHead(200, { 'content-type': type, 'cache-control': 'max-age=3600' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
