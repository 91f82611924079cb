import { getRequestListener } from '@hono/node-server';
import type { Hono } from 'hono';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp } from './app.js';
import type { AppEnv } from './env.js';
import type { ReportFailure } from './report-failure.js';
import type { Store } from './store.js';

export interface StartServerOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  reportFailure?: ReportFailure;
  store?: Store;
}

export interface RunningServer {
  /** The server's base URL, same as `origin` (no trailing slash): `${url}/v1/...`. */
  url: string;
  /** `http://127.0.0.1:<port>` */
  origin: string;
  close(): Promise<void>;
  app: Hono<AppEnv>;
}

/** Starts the reference server on 127.0.0.1 (never on a public interface). */
export async function startServer(options: StartServerOptions = {}): Promise<RunningServer> {
  const app = createApp({ store: options.store, reportFailure: options.reportFailure });
  // Leave Node's global Request/Response alone: tests in the same process use the real ones.
  const server = createServer(getRequestListener(app.fetch, { overrideGlobalObjects: false }));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: origin,
    origin,
    app,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Clients keep connections alive; without this, close() would wait for them to time out.
        server.closeAllConnections();
      }),
  };
}
