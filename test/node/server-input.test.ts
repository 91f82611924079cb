import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startServer } from '../../server/serve.js';
import { call, rawGet, tokenOf, type DemoUser, type RunningServer } from './helpers/server.js';

describe('reference server: malformed input never breaks it', () => {
  let server: RunningServer;
  before(async () => {
    server = await startServer({ port: 0 });
  });
  after(() => server.close());

  const malformedIds = [
    '..%2F..%2Fetc%2Fpasswd',
    '..%2Fme',
    'a%2Fb',
    'weekly-sync%00',
    'weekly-sync%20',
    '%E0%A4%A',
    '%',
    '%25',
    '%F0%9F%98%80',
    'x'.repeat(65),
    'weekly.sync',
    '%3Cscript%3E',
  ];
  for (const id of malformedIds) {
    test(`conversation id "${id}" → 400 or 404 JSON, never 500`, async () => {
      for (const suffix of ['', '/insights', '/transcript', '/report.pdf']) {
        const response = await rawGet(server, `/v1/conversations/${id}${suffix}`, 'cy');
        assert.ok([400, 404].includes(response.status), `${suffix}: ${response.status}`);
        assert.ok(JSON.parse(response.body).error.code, `${suffix}: JSON error body`);
      }
      const post = await call(server, `/v1/conversations/${id}/share-links`, { as: 'cy', method: 'POST' });
      assert.ok([400, 404].includes(post.status), `share-links: ${post.status}`);
    });
  }

  test('paths with dot segments or odd characters are 4xx, never 500', async () => {
    const paths = [
      '/v1/conversations/weekly-sync/../../me',
      '/v1/conversations/%2e%2e/insights',
      '/v1/conversations//insights',
      '/v1/conversations/weekly-sync/share-links/%00',
      '/s/%00',
      '/s/..%2F..%2Fv1%2Fme',
      '/conversations/%',
      '/companion/%E0%A4%A',
      '/demo/..%2Fserver%2Fapp.ts',
      '/demo/%2e%2e/package.json',
    ];
    for (const path of paths) {
      const response = await rawGet(server, path, 'cy');
      assert.ok(response.status < 500, `${path}: ${response.status}`);
      assert.ok(!response.body.includes('createApp'), `${path} must not serve source files`);
    }
  });

  test('an unknown path is a JSON 404', async () => {
    for (const path of ['/v1/nope', '/v1/conversations/weekly-sync/nope', '/v1']) {
      const response = await call(server, path, { as: 'cy' });
      assert.equal(response.status, 404, path);
      assert.equal(((await response.json()) as { error: { code: string } }).error.code, 'not-found');
    }
  });

  test('a companion thread needs a JSON body with a conversation id and a suggestion', async () => {
    const post = (init: { json?: unknown; body?: string }) =>
      init.body === undefined
        ? call(server, '/v1/companion/threads', { as: 'ben', method: 'POST', json: init.json })
        : fetch(`${server.origin}/v1/companion/threads`, {
            method: 'POST',
            headers: { Authorization: 'Bearer demo-ben', 'Content-Type': 'application/json' },
            body: init.body,
          });
    assert.equal((await post({ body: '{"conversationId": "weekly-sync",' })).status, 400, 'truncated JSON');
    assert.equal((await post({ json: [] })).status, 400, 'not an object');
    assert.equal((await post({ json: { conversationId: 'weekly-sync' } })).status, 400, 'no suggestion');
    assert.equal((await post({ json: { conversationId: 'weekly-sync', suggestion: '  ' } })).status, 400);
    // Empty is the open-ended thread the ⋯ menu starts.
    assert.equal((await post({ json: { conversationId: 'weekly-sync', suggestion: '' } })).status, 201);
    assert.equal((await post({ json: { conversationId: 42, suggestion: 'Hi' } })).status, 400);
    assert.equal((await post({ json: { conversationId: 'no-such', suggestion: 'Hi' } })).status, 404);
    assert.equal((await post({ json: { conversationId: '../me', suggestion: 'Hi' } })).status, 404);
    assert.equal((await post({ json: { conversationId: 'weekly-sync', suggestion: 'Hi' } })).status, 201);
  });
});

describe('reference server: share link creation', () => {
  let server: RunningServer;
  let clock = Date.parse('2025-06-12T09:00:00Z');
  before(async () => {
    server = await startServer({ port: 0, now: () => clock });
  });
  after(() => server.close());

  const create = async (as: DemoUser, key?: string, id = 'weekly-sync') => {
    const response = await call(server, `/v1/conversations/${id}/share-links`, {
      as,
      method: 'POST',
      headers: key ? { 'Idempotency-Key': key } : {},
    });
    assert.equal(response.status, 201);
    return (await response.json()) as { id: string; url: string; createdAt: string };
  };

  test('a link is an absolute /s/ URL with an id and a creation time', async () => {
    const link = await create('ben');
    assert.match(link.url, new RegExp(`^${server.origin}/s/[A-Za-z0-9_-]+$`));
    assert.equal(typeof link.id, 'string');
    assert.equal(link.createdAt, new Date(clock).toISOString());
  });

  test('tokens are distinct and carry at least 128 bits (22 base64url characters)', async () => {
    const tokens = await Promise.all(
      Array.from({ length: 20 }, async () => tokenOf((await create('ben')).url)),
    );
    assert.equal(new Set(tokens).size, tokens.length);
    for (const token of tokens) assert.match(token, /^[A-Za-z0-9_-]{22,}$/);
  });

  test('the same Idempotency-Key returns the same link; another key a new one', async () => {
    const first = await create('ben', 'key-1');
    assert.deepEqual(await create('ben', 'key-1'), first);
    assert.notEqual((await create('ben', 'key-2')).id, first.id);
    assert.notEqual((await create('ben')).id, first.id, 'no key, new link');
  });

  test('a key is scoped to its caller and conversation', async () => {
    const ben = await create('ben', 'shared-key');
    const cy = await create('cy', 'shared-key');
    const otherConversation = await create('ben', 'shared-key', 'global-kickoff');
    assert.equal(new Set([ben.id, cy.id, otherConversation.id]).size, 3);
  });

  test('a key is honoured for 10 minutes', async () => {
    const first = await create('ben', 'key-window');
    clock += 9 * 60 * 1000;
    assert.equal((await create('ben', 'key-window')).id, first.id);
    clock += 2 * 60 * 1000;
    assert.notEqual((await create('ben', 'key-window')).id, first.id);
  });

  test('a malformed Idempotency-Key is refused', async () => {
    const response = await call(server, '/v1/conversations/weekly-sync/share-links', {
      as: 'ben',
      method: 'POST',
      headers: { 'Idempotency-Key': 'x'.repeat(300) },
    });
    assert.equal(response.status, 400);
  });
});
