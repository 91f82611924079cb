import { getRequestListener } from '@hono/node-server';
import type { Hono } from 'hono';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from './app.js';
import type { AppEnv } from './env.js';
import type { ReportFailure } from './report-failure.js';
import { createReportPool, type ReportPoolOptions } from './report/pool.js';
import { MAX_HEADER_BYTES } from './security/bounds.js';
import { openStore, type SessionLimits, type Store } from './store/index.js';

export interface StartServerOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  reportFailure?: ReportFailure;
  /**
   * The data folder holding the database. Without one the server gets a fresh database in a
   * temporary folder, deleted by close(): every test starts from the fixtures.
   */
  dataDir?: string;
  /** Defaults to the listening address, `http://127.0.0.1:<port>`. */
  publicOrigin?: string;
  /** Source maps for the demo script; on unless NODE_ENV is `production`. */
  development?: boolean;
  reportPool?: ReportPoolOptions;
  signInAttemptsPerMinute?: number;
  /** The store's clock, in epoch milliseconds. */
  now?: () => number;
  sessionLimits?: Partial<SessionLimits>;
}

export interface RunningServer {
  /** The server's base URL, same as `origin` (no trailing slash): `${url}/v1/...`. */
  url: string;
  /** `http://127.0.0.1:<port>`: where the server listens. */
  origin: string;
  /** Where the URLs it returns point; `origin` unless `publicOrigin` was given. */
  publicOrigin: string;
  dataDir: string;
  /** The server's store, for scripts that print what it holds. */
  store: Store;
  close(): Promise<void>;
  app: Hono<AppEnv>;
}

/** `PUBLIC_ORIGIN` must be an origin and nothing more: `https://host[:port]`. */
export function parsePublicOrigin(value: string): string | undefined {
  try {
    const url = new URL(value);
    if (!['http:', 'https:'].includes(url.protocol) || url.origin !== value.replace(/\/$/, ''))
      return undefined;
    return url.origin;
  } catch {
    return undefined;
  }
}

/** Starts the reference server on 127.0.0.1 (never on a public interface). */
export async function startServer(options: StartServerOptions = {}): Promise<RunningServer> {
  const temporaryDir =
    options.dataDir === undefined ? await mkdtemp(join(tmpdir(), 'harmony-db-')) : undefined;
  const dataDir = options.dataDir ?? temporaryDir!;
  const store = await openStore({ dataDir, now: options.now, sessionLimits: options.sessionLimits });
  const reportPool = createReportPool(options.reportPool);

  const server = createServer({ maxHeaderSize: MAX_HEADER_BYTES });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  const publicOrigin = options.publicOrigin ?? origin;
  // The app exists only once the port is known: its origins name it. Requests wait until it does.
  const app = createApp({
    store,
    reportPool,
    publicOrigin,
    servedOrigins: [publicOrigin, origin, `http://localhost:${port}`],
    development: options.development ?? process.env['NODE_ENV'] !== 'production',
    reportFailure: options.reportFailure,
    signInAttemptsPerMinute: options.signInAttemptsPerMinute,
  });
  // Leave Node's global Request/Response alone: tests in the same process use the real ones.
  server.on('request', getRequestListener(app.fetch, { overrideGlobalObjects: false }));

  return {
    url: origin,
    origin,
    publicOrigin,
    dataDir,
    store,
    app,
    close: async () => {
      await new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Clients keep connections alive; without this, close() would wait for them to time out.
        server.closeAllConnections();
      });
      await reportPool.close();
      store.close();
      if (temporaryDir) await rm(temporaryDir, { recursive: true, force: true });
    },
  };
}
