import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startServer } from '../../server/serve.js';
import { call, postSignIn, signIn, type RunningServer } from './helpers/server.js';
import { declareHugeBody, streamUpload } from './helpers/stream-body.js';

const MiB = 1024 * 1024;

const reasonOf = async (response: Response) =>
  ((await response.json()) as { error: { code: string; reason: string } }).error;

describe('bounded input', () => {
  let server: RunningServer;
  before(async () => {
    server = await startServer({ port: 0 });
  });
  after(() => server.close());

  for (const path of ['/sign-in', '/dev/report-failure', '/v1/companion/threads']) {
    test(`a 256 MiB chunked body to ${path} is refused with 413 long before it is all sent`, async () => {
      const upload = await streamUpload(`${server.origin}${path}`, 256 * MiB, {
        'Content-Type': path === '/sign-in' ? 'application/x-www-form-urlencoded' : 'application/json',
        Authorization: 'Bearer demo-ben',
        Origin: server.origin,
      });
      assert.equal(upload.status, 413);
      assert.equal(JSON.parse(upload.body).error.reason, 'body-too-large');
      assert.ok(
        upload.sentBeforeAnswer < 256 * MiB,
        `sent ${upload.sentBeforeAnswer} bytes before the answer`,
      );
    });
  }

  test('a declared 256 MiB Content-Length is refused from the header alone', async () => {
    const answer = await declareHugeBody(`${server.origin}/sign-in`, 256 * MiB, {
      'Content-Type': 'application/x-www-form-urlencoded',
      Origin: server.origin,
    });
    assert.equal(answer.status, 413);
  });

  test('a body of 64 KiB is still read', async () => {
    const response = await call(server, '/v1/companion/threads', {
      as: 'ben',
      method: 'POST',
      json: { conversationId: 'weekly-sync', suggestion: 'x'.repeat(64 * 1024 - 100) },
    });
    // Read and parsed: refused for its content (suggestions are short), not for its size.
    assert.equal(response.status, 400);
  });

  test('over-long query strings and paths are refused with 414', async () => {
    const longQuery = await call(server, `/sign-in?next=/${'a'.repeat(4000)}`);
    assert.equal(longQuery.status, 414);
    assert.equal((await reasonOf(longQuery)).reason, 'input-too-long');
    assert.equal((await call(server, `/conversations/${'a'.repeat(2000)}`)).status, 414);
  });

  test('over-long headers are refused with 431', async () => {
    const response = await call(server, '/v1/me', {
      as: 'ben',
      headers: { 'X-Padding': 'a'.repeat(16 * 1024) },
    });
    assert.equal(response.status, 431);
  });

  test('a wrong method on a known path is 405 with Allow; an unknown path stays 404', async () => {
    const put = await call(server, '/v1/conversations/weekly-sync', { as: 'ben', method: 'PUT' });
    assert.equal(put.status, 405);
    assert.equal(put.headers.get('allow'), 'GET, DELETE, HEAD');
    assert.equal((await reasonOf(put)).reason, 'method-not-allowed');
    const getSignOut = await call(server, '/sign-out');
    assert.equal(getSignOut.status, 405);
    assert.equal(getSignOut.headers.get('allow'), 'POST');
    assert.equal((await call(server, '/v1/nothing-here', { as: 'ben', method: 'PUT' })).status, 404);
  });
});

describe('sessions expire and are capped', () => {
  const HOUR = 60 * 60 * 1000;
  let clock = Date.parse('2025-06-12T09:00:00Z');
  let server: RunningServer;
  before(async () => {
    server = await startServer({
      port: 0,
      now: () => clock,
      sessionLimits: { idleMs: 2 * HOUR, absoluteMs: 24 * HOUR, perUser: 2 },
    });
  });
  after(() => server.close());

  const isSignedIn = async (cookie: string) => (await call(server, '/v1/me', { cookie })).status === 200;

  test('a session left idle past its limit is over', async () => {
    const cookie = await signIn(server, 'ben');
    clock += 2 * HOUR - 60_000;
    assert.ok(await isSignedIn(cookie), 'still alive just before the idle limit');
    clock += 2 * HOUR - 60_000;
    assert.ok(await isSignedIn(cookie), 'each use restarts the idle time');
    clock += 2 * HOUR;
    assert.equal(await isSignedIn(cookie), false);
  });

  test('a busy session still ends at its absolute limit', async () => {
    const cookie = await signIn(server, 'cy');
    for (let hours = 0; hours < 23; hours++) {
      clock += HOUR;
      assert.ok(await isSignedIn(cookie), `alive after ${hours + 1} h of use`);
    }
    clock += HOUR;
    assert.equal(await isSignedIn(cookie), false);
  });

  test("a user's oldest session ends when one too many is started", async () => {
    const first = await signIn(server, 'dee');
    clock += 1000;
    const second = await signIn(server, 'dee');
    clock += 1000;
    const third = await signIn(server, 'dee');
    assert.deepEqual(
      [await isSignedIn(first), await isSignedIn(second), await isSignedIn(third)],
      [false, true, true],
    );
  });
});

describe('sign-in attempts are rate-limited', () => {
  let server: RunningServer;
  before(async () => {
    server = await startServer({ port: 0, signInAttemptsPerMinute: 3 });
  });
  after(() => server.close());

  test('past the limit a sign-in is answered 429 with Retry-After, and no session is made', async () => {
    for (let attempt = 0; attempt < 3; attempt++) {
      assert.equal((await postSignIn(server, { user: 'ben', next: '/' })).status, 303);
    }
    const refused = await postSignIn(server, { user: 'ben', next: '/' });
    assert.equal(refused.status, 429);
    assert.match(refused.headers.get('retry-after') ?? '', /^\d+$/);
    assert.deepEqual(refused.headers.getSetCookie(), []);
    assert.equal((await reasonOf(refused)).code, 'rate-limited');
  });
});
