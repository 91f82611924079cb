import assert from 'node:assert/strict';
import { after, afterEach, before, beforeEach, describe, test } from 'node:test';
import { codeForStatus } from '../../src/adapter/errors.js';
import { startServer } from '../../server/serve.js';
import { call, createLink, rawGet, tokenOf, type DemoUser, type RunningServer } from './helpers/server.js';

/** The demo workspace as the product describes it; expectations below are computed from these facts. */
const USERS: Record<DemoUser, { scope: 'own' | 'team' | 'all'; teams: string[] }> = {
  ada: { scope: 'own', teams: ['sales'] },
  ben: { scope: 'team', teams: ['sales', 'support'] },
  cy: { scope: 'all', teams: [] },
  dee: { scope: 'team', teams: ['support'] },
};
const CONVERSATIONS = {
  'weekly-sync': { createdBy: 'ada', team: 'sales', status: 'completed' },
  'roadmap-review': { createdBy: 'ada', team: 'sales', status: 'processing' },
  'global-kickoff': { createdBy: 'ben', team: 'support', status: 'completed' },
  'failed-upload': { createdBy: 'ada', team: 'sales', status: 'failed' },
} as const;
type ConversationId = keyof typeof CONVERSATIONS;

/** A report request that passes every check gets the PDF. */
const REPORT_OK_STATUS = 200;

function canRead(user: DemoUser, id: ConversationId): boolean {
  const { scope, teams } = USERS[user];
  const conversation = CONVERSATIONS[id];
  if (scope === 'all') return true;
  if (scope === 'team') return teams.includes(conversation.team);
  return conversation.createdBy === user;
}

interface Endpoint {
  name: string;
  needsCompleted: boolean;
  okStatus: number;
  request(server: RunningServer, id: string, as?: DemoUser): Promise<Response>;
}

const ENDPOINTS: Endpoint[] = [
  {
    name: 'GET conversation',
    needsCompleted: false,
    okStatus: 200,
    request: (server, id, as) => call(server, `/v1/conversations/${id}`, { as }),
  },
  {
    name: 'GET insights',
    needsCompleted: true,
    okStatus: 200,
    request: (server, id, as) => call(server, `/v1/conversations/${id}/insights`, { as }),
  },
  {
    name: 'GET transcript',
    needsCompleted: true,
    okStatus: 200,
    request: (server, id, as) => call(server, `/v1/conversations/${id}/transcript`, { as }),
  },
  {
    name: 'POST share link',
    needsCompleted: true,
    okStatus: 201,
    request: (server, id, as) => call(server, `/v1/conversations/${id}/share-links`, { as, method: 'POST' }),
  },
  {
    name: 'GET report.pdf',
    needsCompleted: true,
    okStatus: REPORT_OK_STATUS,
    request: (server, id, as) => call(server, `/v1/conversations/${id}/report.pdf`, { as }),
  },
  {
    name: 'POST companion thread',
    needsCompleted: true,
    okStatus: 201,
    request: (server, id, as) =>
      call(server, '/v1/companion/threads', {
        as,
        method: 'POST',
        json: { conversationId: id, suggestion: 'Summarize this meeting…' },
      }),
  },
];

function expectedStatus(endpoint: Endpoint, id: ConversationId, as: DemoUser | undefined): number {
  if (!as) return 401;
  if (!canRead(as, id)) return 403;
  if (endpoint.needsCompleted && CONVERSATIONS[id].status !== 'completed') return 409;
  return endpoint.okStatus;
}

async function assertErrorBody(response: Response, status: number): Promise<void> {
  assert.match(response.headers.get('content-type') ?? '', /application\/json/);
  const body = (await response.json()) as { error: { code: string; message: string } };
  const code = codeForStatus(status);
  assert.equal(body.error.code, code);
  assert.equal(typeof body.error.message, 'string');
  assert.ok(body.error.message.length > 0);
}

describe('reference server: read access', () => {
  let server: RunningServer;
  before(async () => {
    server = await startServer({ port: 0 });
  });
  after(() => server.close());

  const callers: (DemoUser | undefined)[] = ['ada', 'ben', 'cy', 'dee', undefined];
  for (const as of callers) {
    for (const id of Object.keys(CONVERSATIONS) as ConversationId[]) {
      for (const endpoint of ENDPOINTS) {
        const expected = expectedStatus(endpoint, id, as);
        test(`${as ?? 'no caller'} × ${id} × ${endpoint.name} → ${expected}`, async () => {
          const response = await endpoint.request(server, id, as);
          assert.equal(response.status, expected);
          assert.equal(response.headers.get('cache-control'), 'no-store');
          if (expected >= 400) await assertErrorBody(response, expected);
          else await response.body?.cancel();
        });
      }
    }
  }

  test('spot checks written out by hand', async () => {
    const status = async (path: string, as?: DemoUser) => (await call(server, path, { as })).status;
    assert.equal(await status('/v1/conversations/weekly-sync', 'dee'), 403, 'dee cannot read weekly-sync');
    assert.equal(await status('/v1/conversations/global-kickoff', 'dee'), 200, 'dee reads global-kickoff');
    assert.equal(await status('/v1/conversations/global-kickoff', 'ada'), 403, 'ada reads only her own');
    assert.equal(await status('/v1/conversations/failed-upload', 'ada'), 200, 'ada created failed-upload');
    assert.equal(await status('/v1/conversations/roadmap-review/insights', 'ben'), 409, 'still processing');
    assert.equal(await status('/v1/conversations/weekly-sync/insights', 'cy'), 200, 'cy reads all');
    assert.equal(await status('/v1/conversations/weekly-sync'), 401, 'no caller');
  });

  test('a bearer token that names nobody is no caller at all', async () => {
    const response = await call(server, '/v1/conversations/weekly-sync', {
      headers: { Authorization: 'Bearer demo-mallory' },
    });
    assert.equal(response.status, 401);
    await assertErrorBody(response, 401);
  });

  test('a conversation comes with exactly the contract fields and an absolute page URL', async () => {
    const response = await call(server, '/v1/conversations/weekly-sync', { as: 'ada' });
    const conversation = (await response.json()) as Record<string, unknown>;
    assert.deepEqual(Object.keys(conversation).sort(), [
      'durationSeconds',
      'id',
      'medium',
      'participants',
      'startedAt',
      'status',
      'title',
      'url',
    ]);
    assert.equal(conversation['url'], `${server.origin}/conversations/weekly-sync`);
    assert.equal(conversation['medium'], 'zoom');
  });

  test('weekly-sync has one insight of every type, and a transcript the API does serve', async () => {
    const insights = (await (
      await call(server, '/v1/conversations/weekly-sync/insights', { as: 'ada' })
    ).json()) as {
      insights: { type: string; items?: { owner?: string; due?: string }[] }[];
    };
    assert.deepEqual(insights.insights.map((insight) => insight.type).sort(), [
      'action-items',
      'custom',
      'key-points',
      'summary',
    ]);
    const actions = insights.insights.find((insight) => insight.type === 'action-items')!;
    assert.ok(actions.items!.some((item) => item.owner && item.due));

    const transcript = (await (
      await call(server, '/v1/conversations/weekly-sync/transcript', { as: 'ada' })
    ).json()) as {
      conversationId: string;
      segments: { text: string }[];
    };
    assert.equal(transcript.conversationId, 'weekly-sync');
    assert.ok(transcript.segments.some((segment) => segment.text.includes('purple giraffe')));
  });

  test('global-kickoff carries many scripts and at least 60 action items', async () => {
    const conversation = (await (
      await call(server, '/v1/conversations/global-kickoff', { as: 'ben' })
    ).json()) as {
      participants: { name: string }[];
    };
    const names = conversation.participants.map((person) => person.name);
    for (const name of ['Zoë Ångström', '李雷', 'محمد عبد الله', 'Дмитрий Иванов', 'Σοφία Παπαδοπούλου']) {
      assert.ok(names.includes(name), name);
    }
    const { insights } = (await (
      await call(server, '/v1/conversations/global-kickoff/insights', { as: 'ben' })
    ).json()) as {
      insights: { type: string; items?: { owner?: string }[] }[];
    };
    const actions = insights.find((insight) => insight.type === 'action-items')!.items!;
    assert.ok(actions.length >= 60, `${actions.length} action items`);
    assert.ok(actions.every((item) => item.owner && names.includes(item.owner)));
  });

  test('GET /v1/me describes the caller', async () => {
    const response = await call(server, '/v1/me', { as: 'ben' });
    const me = (await response.json()) as Record<string, unknown>;
    assert.equal(me['id'], 'ben');
    assert.equal(me['scope'], 'team');
    assert.deepEqual(me['teams'], ['sales', 'support']);
    assert.equal(typeof me['name'], 'string');
    assert.equal((await call(server, '/v1/me')).status, 401);
  });
});

describe('reference server: deleting conversations and revoking links', () => {
  let server: RunningServer;
  beforeEach(async () => {
    server = await startServer({ port: 0 });
  });
  afterEach(() => server.close());

  test('only the creator or a role that reads all may delete', async () => {
    const del = (id: string, as?: DemoUser) =>
      call(server, `/v1/conversations/${id}`, { as, method: 'DELETE' });
    assert.equal((await del('weekly-sync')).status, 401);
    assert.equal((await del('weekly-sync', 'dee')).status, 403, 'dee cannot even read it');
    assert.equal((await del('weekly-sync', 'ben')).status, 403, 'ben reads it but did not create it');
    assert.equal(
      (await call(server, '/v1/conversations/weekly-sync', { as: 'cy' })).status,
      200,
      'still there',
    );

    assert.equal((await del('weekly-sync', 'ada')).status, 204, 'ada created it');
    assert.equal((await call(server, '/v1/conversations/weekly-sync', { as: 'cy' })).status, 404);
    assert.equal((await del('weekly-sync', 'ada')).status, 404, 'already gone');

    assert.equal((await del('global-kickoff', 'cy')).status, 204, 'cy reads all');
    assert.equal((await del('no-such-meeting', 'cy')).status, 404);
  });

  test('only the link creator or a role that reads all may revoke a link', async () => {
    const revoke = (linkId: string, as?: DemoUser, id = 'weekly-sync') =>
      call(server, `/v1/conversations/${id}/share-links/${linkId}`, { as, method: 'DELETE' });
    const first = await createLink(server, 'ben', 'weekly-sync');
    assert.equal((await revoke(first.id)).status, 401);
    assert.equal((await revoke(first.id, 'dee')).status, 403, 'dee cannot read weekly-sync');
    assert.equal((await revoke(first.id, 'ada')).status, 403, 'ada created the conversation, not the link');
    assert.equal(
      (await revoke(first.id, 'ben', 'global-kickoff')).status,
      404,
      'link of another conversation',
    );
    assert.equal((await revoke('lnk_nope', 'ben')).status, 404, 'unknown link');
    assert.equal((await revoke(first.id, 'ben')).status, 204, 'ben created the link');
    assert.equal((await revoke(first.id, 'ben')).status, 204, 'revoking again is idempotent');
    assert.equal((await revoke(first.id, 'dee')).status, 403, 'idempotence grants no one else anything');

    const second = await createLink(server, 'ben', 'weekly-sync');
    assert.equal((await revoke(second.id, 'cy')).status, 204, 'cy reads all');
  });

  test('a Companion thread POST retried with its Idempotency-Key creates one thread', async () => {
    const start = (key: string) =>
      call(server, '/v1/companion/threads', {
        as: 'ben',
        method: 'POST',
        headers: { 'Idempotency-Key': key },
        json: { conversationId: 'weekly-sync', suggestion: 'Summarize this meeting…' },
      }).then((response) => response.json());
    const first = await start('retry-key-1');
    assert.deepEqual(await start('retry-key-1'), first);
    assert.notEqual((await start('retry-key-2')).id, first.id);
  });
});

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
