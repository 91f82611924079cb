import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, beforeEach, describe, test } from 'node:test';
import { createFetchAdapter } from '../../src/adapter/fetch-adapter.js';
import type { FetchAdapterOptions } from '../../src/adapter/fetch-adapter.js';
import { json, startFaultServer } from './helpers/fault-server.js';
import type { FaultServer } from './helpers/fault-server.js';
import { rejectsWith } from './helpers/harmony-rejection.js';

const conversation = {
  id: 'weekly-sync',
  title: 'Weekly sync',
  startedAt: '2025-03-03T09:00:00Z',
  participants: [{ name: 'Ada' }],
  medium: 'zoom',
  status: 'completed',
  url: 'https://app.harmony.example/conversations/weekly-sync',
};
const shareLink = { id: 'l1', url: 'https://app.harmony.example/s/abc', createdAt: '2025-03-03T10:00:00Z' };

let server: FaultServer;
before(async () => {
  server = await startFaultServer();
});
beforeEach(() => server.reset());
after(() => server.close());

const adapter = (options: Partial<FetchAdapterOptions> = {}) =>
  createFetchAdapter({
    baseUrl: server.origin,
    getToken: () => 'tok-retry',
    retries: 2,
    retryDelayMs: 10,
    timeoutMs: 200,
    ...options,
  });

const gapMs = (first: number, second: number) => server.requests[second]!.at - server.requests[first]!.at;

describe('retries with backoff', () => {
  test('429 with Retry-After in seconds waits that long, then succeeds', async () => {
    server.script(
      json(429, { error: { message: 'Slow down.' } }, { 'retry-after': '1' }),
      json(200, conversation),
    );
    const result = await adapter({ timeoutMs: 2000 }).getConversation('weekly-sync');
    assert.equal(result.title, 'Weekly sync');
    assert.equal(server.requests.length, 2);
    // The backoff alone would be ~10 ms: a gap near a second shows Retry-After was honoured.
    assert.ok(gapMs(0, 1) >= 900, `retried after ${gapMs(0, 1)} ms`);
  });

  test('Retry-After as an HTTP-date is honoured', async () => {
    const soon = new Date(Date.now() + 1000).toUTCString();
    server.script(json(503, {}, { 'retry-after': soon }), json(200, conversation));
    assert.equal((await adapter({ timeoutMs: 2000 }).getConversation('weekly-sync')).id, 'weekly-sync');
    assert.equal(server.requests.length, 2);
  });

  test('a Retry-After longer than the request may take fails at once, so the wait can be shown', async () => {
    server.script(json(429, {}, { 'retry-after': '1' }), json(200, conversation));
    const error = await rejectsWith(
      adapter({ timeoutMs: 500 }).getConversation('weekly-sync'),
      'rate-limited',
    );
    assert.equal(error.retryAfterMs, 1000);
    assert.equal(server.requests.length, 1);
  });

  test('a Retry-After beyond the cap fails at once with rate-limited and retryAfterMs', async () => {
    const later = new Date(Date.now() + 120_000).toUTCString();
    server.script(json(429, {}, { 'retry-after': later }));
    const error = await rejectsWith(adapter().getConversation('weekly-sync'), 'rate-limited');
    assert.equal(error.status, 429);
    assert.ok(error.retryAfterMs! > 100_000, `retryAfterMs ${error.retryAfterMs}`);
    assert.equal(server.requests.length, 1);
  });

  test('429 until retries run out → rate-limited with status and retryAfterMs', async () => {
    const tooMany = json(429, {}, { 'retry-after': '0' });
    server.script(tooMany, tooMany, tooMany);
    const error = await rejectsWith(adapter().getConversation('weekly-sync'), 'rate-limited');
    assert.equal(error.status, 429);
    assert.equal(error.retryAfterMs, 0);
    assert.equal(server.requests.length, 3);
  });

  test('503 until retries run out → unavailable with status, after 1 + retries attempts', async () => {
    server.script(json(503, {}), json(503, {}), json(503, {}), json(200, conversation));
    const error = await rejectsWith(adapter().getConversation('weekly-sync'), 'unavailable');
    assert.equal(error.status, 503);
    assert.equal(server.requests.length, 3);
  });

  test('502 and 504 are retried; retries: 0 makes one attempt only', async () => {
    server.script(json(502, {}), json(504, {}), json(200, conversation));
    assert.equal((await adapter().getConversation('weekly-sync')).id, 'weekly-sync');
    assert.equal(server.requests.length, 3);

    server.reset();
    server.script(json(503, {}), json(200, conversation));
    await rejectsWith(adapter({ retries: 0 }).getConversation('weekly-sync'), 'unavailable');
    assert.equal(server.requests.length, 1);
  });

  for (const [status, code] of [
    [400, 'invalid-response'],
    [401, 'unauthenticated'],
    [403, 'forbidden'],
    [404, 'not-found'],
    [409, 'not-ready'],
    [501, 'unavailable'],
  ] as const) {
    test(`${status} is not retried → ${code}`, async () => {
      server.script(json(status, { error: { message: 'No.' } }), json(200, conversation));
      const error = await rejectsWith(adapter().getConversation('weekly-sync'), code);
      assert.equal(error.status, status);
      assert.equal(server.requests.length, 1);
    });
  }

  test('a DELETE is retried like a GET', async () => {
    server.script(json(503, {}), { status: 204 });
    await adapter().revokeShareLink!('weekly-sync', 'l1');
    assert.deepEqual(
      server.requests.map((request) => request.method),
      ['DELETE', 'DELETE'],
    );
  });
});

describe('Idempotency-Key on POST', () => {
  test('the same key on every retry of one call, a new key for the next call', async () => {
    server.script(json(503, {}), json(502, {}), json(201, shareLink), json(201, shareLink));
    const client = adapter();
    await client.createShareLink('weekly-sync');
    await client.createShareLink('weekly-sync');
    const keys = server.requests.map((request) => request.headers['idempotency-key']);
    assert.equal(keys.length, 4);
    assert.match(keys[0] as string, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    assert.equal(keys[1], keys[0]);
    assert.equal(keys[2], keys[0]);
    assert.notEqual(keys[3], keys[0]);
  });

  test('GET requests carry no key', async () => {
    server.script(json(200, conversation));
    await adapter().getConversation('weekly-sync');
    assert.equal(server.requests[0]!.headers['idempotency-key'], undefined);
  });
});

describe('timeouts and aborts', () => {
  test('a server that never answers → timeout, after every attempt timed out', async () => {
    server.script({ hang: true }, { hang: true }, { hang: true });
    const error = await rejectsWith(adapter().getConversation('weekly-sync'), 'timeout');
    assert.equal(error.status, undefined);
    assert.equal(server.requests.length, 3);
  });

  test('one attempt timing out is retried and the next one succeeds', async () => {
    server.script({ hang: true }, json(200, conversation));
    assert.equal((await adapter({ timeoutMs: 2000 }).getConversation('weekly-sync')).id, 'weekly-sync');
    assert.equal(server.requests.length, 2);
  });

  test('a body that stalls past the deadline is a timeout too', async () => {
    server.script({ ...json(200, conversation), delayMs: 1000 });
    await rejectsWith(adapter({ retries: 0 }).getConversation('weekly-sync'), 'timeout');
  });

  test('the report has its own, longer deadline', async () => {
    const pdf = Buffer.from('%PDF-1.7\n%%EOF\n');
    server.script({ status: 200, headers: { 'content-type': 'application/pdf' }, body: pdf, delayMs: 400 });
    const report = await adapter({ reportTimeoutMs: 2000 }).downloadReport!('weekly-sync');
    assert.equal(report.blob.size, pdf.length);
  });

  test('a report that hangs or is unavailable is tried once, so the browser can make it at once', async () => {
    server.script({ hang: true });
    await rejectsWith(adapter({ reportTimeoutMs: 150 }).downloadReport!('weekly-sync'), 'timeout');
    server.script(json(503, { error: { code: 'unavailable', message: 'busy' } }));
    await rejectsWith(adapter().downloadReport!('weekly-sync'), 'unavailable');
    assert.equal(server.requests.length, 2, 'one attempt per report, though the adapter retries twice');
  });

  for (const retries of [0, 2]) {
    test(`the caller aborting a request in flight → aborted, not timeout nor network (retries: ${retries})`, async () => {
      server.script({ hang: true }, json(200, conversation));
      const controller = new AbortController();
      const call = adapter({ retries, timeoutMs: 5000 }).getConversation('weekly-sync', {
        signal: controller.signal,
      });
      setTimeout(() => controller.abort(), 50);
      const started = Date.now();
      await rejectsWith(call, 'aborted');
      assert.ok(Date.now() - started < 1000);
      assert.equal(server.requests.length, 1);
    });
  }

  test('the caller aborting during a backoff wait → aborted at once', async () => {
    server.script(json(503, {}, { 'retry-after': '20' }), json(200, conversation));
    const controller = new AbortController();
    const call = adapter({ timeoutMs: 30_000 }).getConversation('weekly-sync', { signal: controller.signal });
    while (server.requests.length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    const abortedAt = Date.now();
    controller.abort();
    await rejectsWith(call, 'aborted');
    assert.ok(Date.now() - abortedAt < 1000, 'still waiting out Retry-After after the abort');
    assert.equal(server.requests.length, 1);
  });

  test('an already aborted signal rejects without a request', async () => {
    await rejectsWith(adapter().createShareLink('weekly-sync', { signal: AbortSignal.abort() }), 'aborted');
    assert.equal(server.requests.length, 0);
  });
});

describe('network failures', () => {
  test('connection refused on a closed port → network, after retrying', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));
    let tokenRequests = 0;
    const client = adapter({
      baseUrl: `http://127.0.0.1:${port}`,
      getToken: () => `tok-${++tokenRequests}`,
    });
    const error = await rejectsWith(client.getConversation('weekly-sync'), 'network');
    assert.equal(error.status, undefined);
    assert.equal(tokenRequests, 3, 'one attempt per retry');
  });
});

describe('token provider', () => {
  test('is asked on every attempt, so a retry sends the refreshed token', async () => {
    server.script(json(503, {}), json(200, conversation));
    let version = 0;
    await adapter({ getToken: async () => `tok-v${++version}` }).getConversation('weekly-sync');
    assert.deepEqual(
      server.requests.map((request) => request.headers.authorization),
      ['Bearer tok-v1', 'Bearer tok-v2'],
    );
  });

  test('one that throws → unauthenticated, and nothing is sent', async () => {
    const client = adapter({
      getToken: () => {
        throw new Error('session expired');
      },
    });
    await rejectsWith(client.getConversation('weekly-sync'), 'unauthenticated');
    assert.equal(server.requests.length, 0);
  });

  test('no token → no Authorization header', async () => {
    server.script(json(200, conversation));
    await adapter({ getToken: () => null }).getConversation('weekly-sync');
    assert.equal(server.requests[0]!.headers.authorization, undefined);
  });
});
