import { createServer } from 'node:http';
import type { IncomingHttpHeaders, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the server does with one request. */
export interface ScriptedResponse {
  status?: number;
  headers?: Record<string, string>;
  /** A string or Buffer is sent as is; anything else as JSON with `application/json`. */
  body?: unknown;
  /** Never answer: the request hangs until the client gives up or the server closes. */
  hang?: boolean;
  /** Wait this long before answering. */
  delayMs?: number;
}

export interface RecordedRequest {
  method: string;
  /** Path and query exactly as the client sent them (still percent-encoded). */
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
  /** `Date.now()` when the request had fully arrived. */
  at: number;
}

export interface FaultServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /** Every request received, in order. */
  requests: RecordedRequest[];
  /** Queues responses, one per coming request; unscripted requests get a 500 saying so. */
  script(...responses: ScriptedResponse[]): void;
  /** Forgets recorded requests and queued responses between tests. */
  reset(): void;
  close(): Promise<void>;
}

export const json = (
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): ScriptedResponse => ({
  status,
  body,
  headers,
});

/** An HTTP server on 127.0.0.1 (ephemeral port) that plays back scripted responses and records requests. */
export async function startFaultServer(): Promise<FaultServer> {
  const requests: RecordedRequest[] = [];
  let queue: ScriptedResponse[] = [];

  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      requests.push({
        method: request.method ?? '',
        url: request.url ?? '',
        headers: request.headers,
        body: Buffer.concat(chunks).toString('utf8'),
        at: Date.now(),
      });
      const scripted = queue.shift() ?? json(500, { error: { message: 'No response scripted.' } });
      if (scripted.hang) return;
      if (scripted.delayMs) setTimeout(() => respond(response, scripted), scripted.delayMs);
      else respond(response, scripted);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    script: (...responses) => queue.push(...responses),
    reset() {
      requests.length = 0;
      queue = [];
    },
    close() {
      server.closeAllConnections();
      return new Promise<void>((resolve, reject) =>
        server.close((error) => (error ? reject(error) : resolve())),
      );
    },
  };
}

function respond(response: ServerResponse, scripted: ScriptedResponse): void {
  if (response.destroyed) return;
  const raw = typeof scripted.body === 'string' || Buffer.isBuffer(scripted.body);
  const payload = scripted.body === undefined ? '' : raw ? scripted.body : JSON.stringify(scripted.body);
  const headers: Record<string, string> =
    raw || scripted.body === undefined ? {} : { 'content-type': 'application/json' };
  response.writeHead(scripted.status ?? 200, { ...headers, ...scripted.headers });
  response.end(payload);
}
