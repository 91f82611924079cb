import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startServer } from '../../server/serve.js';
import { call, rawRequest, signIn, type RunningServer } from './helpers/server.js';

/** What a page on another port of the same site makes a signed-in browser send. */
const OTHER_SITE = 'http://127.0.0.1:1';

const errorOf = async (response: Response) =>
  ((await response.json()) as { error: { code: string; reason: string } }).error;

describe('writes only from its own pages', () => {
  let server: RunningServer;
  let cookie: string;
  before(async () => {
    server = await startServer({ port: 0 });
    cookie = await signIn(server, 'ben');
  });
  after(() => server.close());

  test('a cross-origin form POST with the session cookie is refused with 403', async () => {
    const response = await call(server, '/v1/conversations/weekly-sync/share-links', {
      cookie,
      method: 'POST',
      headers: {
        Origin: OTHER_SITE,
        'Sec-Fetch-Site': 'same-site',
        'Content-Type': 'application/x-www-form-urlencoded',
      },
    });
    assert.equal(response.status, 403);
    assert.deepEqual(await errorOf(response), {
      code: 'forbidden',
      reason: 'cross-origin',
      message: "Changes are accepted only from this server's own pages.",
    });
  });

  test('a cross-origin text/plain Companion thread is refused', async () => {
    const response = await fetch(`${server.origin}/v1/companion/threads`, {
      method: 'POST',
      headers: { Cookie: cookie, Origin: OTHER_SITE, 'Content-Type': 'text/plain' },
      body: JSON.stringify({ conversationId: 'weekly-sync', suggestion: 'Hi' }),
    });
    assert.equal(response.status, 403);
    assert.equal((await errorOf(response)).reason, 'cross-origin');
  });

  test('a text/plain body is refused even from our own origin: JSON endpoints take JSON', async () => {
    const response = await fetch(`${server.origin}/v1/companion/threads`, {
      method: 'POST',
      headers: {
        Cookie: cookie,
        Origin: server.origin,
        'Sec-Fetch-Site': 'same-origin',
        'Content-Type': 'text/plain',
      },
      body: JSON.stringify({ conversationId: 'weekly-sync', suggestion: 'Hi' }),
    });
    assert.equal(response.status, 403);
    assert.equal((await errorOf(response)).reason, 'content-type');
  });

  test('a cookie write that names no origin at all is refused', async () => {
    const response = await call(server, '/v1/conversations/weekly-sync/share-links', {
      cookie,
      method: 'POST',
    });
    assert.equal(response.status, 403);
  });

  test("Sec-Fetch-Site outranks Origin: a browser's cross-site marker is refused", async () => {
    const response = await call(server, '/v1/conversations/weekly-sync/share-links', {
      cookie,
      method: 'POST',
      headers: { Origin: server.origin, 'Sec-Fetch-Site': 'cross-site' },
    });
    assert.equal(response.status, 403);
  });

  test('the same write from our own page goes through', async () => {
    const viaOrigin = await call(server, '/v1/conversations/weekly-sync/share-links', {
      cookie,
      method: 'POST',
      headers: { Origin: server.origin },
    });
    assert.equal(viaOrigin.status, 201);
    const viaFetchMetadata = await call(server, '/v1/companion/threads', {
      cookie,
      method: 'POST',
      headers: { 'Sec-Fetch-Site': 'same-origin' },
      json: { conversationId: 'weekly-sync', suggestion: 'Summarize this meeting…' },
    });
    assert.equal(viaFetchMetadata.status, 201);
  });

  test('bearer-token requests are not ambient and need no origin', async () => {
    const response = await call(server, '/v1/conversations/weekly-sync/share-links', {
      as: 'ben',
      method: 'POST',
      headers: { Origin: OTHER_SITE },
    });
    assert.equal(response.status, 201);
  });

  test('login CSRF: a sign-in posted from another site is refused and sets no cookie', async () => {
    const response = await fetch(`${server.origin}/sign-in`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: OTHER_SITE },
      body: new URLSearchParams({ user: 'dee', next: '/' }),
      redirect: 'manual',
    });
    assert.equal(response.status, 403);
    assert.equal((await errorOf(response)).reason, 'cross-origin');
    assert.deepEqual(response.headers.getSetCookie(), []);
  });

  test('a forced sign-out from another site is refused and the session lives on', async () => {
    const victim = await signIn(server, 'cy');
    const response = await call(server, '/sign-out', {
      cookie: victim,
      method: 'POST',
      headers: { Origin: OTHER_SITE },
    });
    assert.equal(response.status, 403);
    assert.equal((await call(server, '/v1/me', { cookie: victim })).status, 200);
  });

  test('the dev switch needs a signed-in caller', async () => {
    const signedOut = await call(server, '/dev/report-failure', { method: 'POST', json: { status: 503 } });
    assert.equal(signedOut.status, 401);
    assert.equal((await call(server, '/dev/report-failure')).status, 401);
    const report = await call(server, '/v1/conversations/weekly-sync/report.pdf', {
      as: 'ben',
      method: 'HEAD',
    });
    assert.equal(report.status, 200, 'the report still works: the switch was not flipped');
  });
});

describe('one public origin', () => {
  let server: RunningServer;
  before(async () => {
    server = await startServer({ port: 0, publicOrigin: 'https://harmony.example' });
  });
  after(() => server.close());

  test('every URL the server returns starts with PUBLIC_ORIGIN, whatever the Host', async () => {
    const link = await call(server, '/v1/conversations/weekly-sync/share-links', {
      as: 'ben',
      method: 'POST',
    });
    assert.match(((await link.json()) as { url: string }).url, /^https:\/\/harmony\.example\/s\/[\w-]{22,}$/);
    const conversation = await call(server, '/v1/conversations/weekly-sync', { as: 'ben' });
    assert.equal(
      ((await conversation.json()) as { url: string }).url,
      'https://harmony.example/conversations/weekly-sync',
    );
    const thread = await call(server, '/v1/companion/threads', {
      as: 'ben',
      method: 'POST',
      json: { conversationId: 'weekly-sync', suggestion: 'Hi' },
    });
    assert.match(((await thread.json()) as { url: string }).url, /^https:\/\/harmony\.example\/companion\//);
  });

  test('a request for a host the server does not serve is refused (DNS rebinding, Host spoofing)', async () => {
    const spoofed = await rawRequest(server, {
      method: 'POST',
      path: '/v1/conversations/weekly-sync/share-links',
      headers: { Host: 'evil.example', Authorization: 'Bearer demo-ben' },
    });
    assert.equal(spoofed.status, 403);
    assert.equal(JSON.parse(spoofed.body).error.reason, 'unknown-host');
    assert.doesNotMatch(spoofed.body, /evil\.example\/s\//);
    const page = await rawRequest(server, { path: '/sign-in', headers: { Host: 'evil.example:80' } });
    assert.equal(page.status, 403);
  });

  test('the public host and the listening address are both served', async () => {
    const port = new URL(server.origin).port;
    for (const host of ['harmony.example', `127.0.0.1:${port}`, `localhost:${port}`]) {
      const me = await rawRequest(server, {
        path: '/v1/me',
        headers: { Host: host, Authorization: 'Bearer demo-ben' },
      });
      assert.equal(me.status, 200, host);
    }
  });

  test('a write from a page of the public origin is accepted', async () => {
    const cookie = await signIn(server, 'ben');
    const response = await call(server, '/v1/conversations/weekly-sync/share-links', {
      cookie,
      method: 'POST',
      headers: { Origin: 'https://harmony.example' },
    });
    assert.equal(response.status, 201);
  });
});
