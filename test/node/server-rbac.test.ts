import assert from 'node:assert/strict';
import { after, afterEach, before, beforeEach, describe, test } from 'node:test';
import { codeForStatus } from '../../src/adapter/http/status.js';
import { startServer } from '../../server/serve.js';
import { call, createLink, type DemoUser, type RunningServer } from './helpers/server.js';

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
