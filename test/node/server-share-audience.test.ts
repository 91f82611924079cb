import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startServer } from '../../server/serve.js';
import { call, type RunningServer } from './helpers/server.js';

describe('reference server: who can open a link', () => {
  let server: RunningServer;
  before(async () => {
    server = await startServer({ port: 0 });
  });
  after(() => server.close());

  const access = async (who: string, conversation = 'weekly-sync', as: 'ada' | 'ben' = 'ada') => {
    const path = `/v1/conversations/${conversation}/share-access?who=${encodeURIComponent(who)}`;
    const response = await call(server, path, { as });
    return { status: response.status, body: await response.json() };
  };

  test('the audience names everyone whose role can read the conversation, with the reason, and no one else', async () => {
    const response = await call(server, '/v1/conversations/weekly-sync/share-audience', { as: 'ada' });
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('cache-control'), 'no-store');
    assert.deepEqual(await response.json(), {
      people: [
        { name: 'Ada Okafor', email: 'ada.okafor@harmony.example', because: 'creator' },
        { name: 'Ben Hartley', email: 'ben.hartley@harmony.example', because: 'team', team: 'Sales' },
        { name: 'Cy Moreau', email: 'cy.moreau@harmony.example', because: 'all' },
      ],
      teams: ['sales'],
    });
  });

  test('the audience is only told to someone who can read the conversation', async () => {
    assert.equal((await call(server, '/v1/conversations/weekly-sync/share-audience')).status, 401);
    assert.equal(
      (await call(server, '/v1/conversations/weekly-sync/share-audience', { as: 'dee' })).status,
      403,
    );
    assert.equal((await call(server, '/v1/conversations/nope/share-audience', { as: 'ada' })).status, 404);
  });

  test('checking a teammate: by first name, full name or email, each with the reason', async () => {
    assert.deepEqual(await access('ben'), {
      status: 200,
      body: {
        canOpen: true,
        person: { name: 'Ben Hartley', email: 'ben.hartley@harmony.example' },
        because: 'team',
        team: 'Sales',
      },
    });
    const cy = (await access('  CY.MOREAU@harmony.example ')).body;
    assert.equal(cy.because, 'all');
    assert.equal('team' in cy, false, 'a team is named only when it is the reason');
    assert.equal((await access('Ada Okafor')).body.because, 'creator');
  });

  test("someone whose role cannot read it: can't open, and whether their role reads own or team conversations", async () => {
    assert.deepEqual(await access('dee'), {
      status: 200,
      body: {
        canOpen: false,
        person: { name: 'Dee Lindqvist', email: 'dee.lindqvist@harmony.example' },
        because: 'scope-team',
      },
    });
    assert.deepEqual((await access('ada', 'global-kickoff', 'ben')).body, {
      canOpen: false,
      person: { name: 'Ada Okafor', email: 'ada.okafor@harmony.example' },
      because: 'scope-own',
    });
  });

  test('an unknown person is a plain answer, not an error', async () => {
    assert.deepEqual(await access('Zed Nobody'), {
      status: 200,
      body: { canOpen: false, because: 'unknown-person' },
    });
  });

  test('an empty, blank or over-long query is a 400 that says what to send; a huge one is refused for its length', async () => {
    for (const who of ['', '   ', '\t\n', 'x'.repeat(201)]) {
      const { status, body } = await access(who);
      assert.equal(status, 400, JSON.stringify(who.slice(0, 10)));
      assert.match(body.error.message, /name or an email of 1 to 200 characters/);
    }
    const missing = await call(server, '/v1/conversations/weekly-sync/share-access', { as: 'ada' });
    assert.equal(missing.status, 400);
    // Past the server's bounds on a request line (2 KiB of query, 8 KiB of head), before any route.
    const huge = await call(server, `/v1/conversations/weekly-sync/share-access?who=${'x'.repeat(10_000)}`, {
      as: 'ada',
    });
    assert.ok([414, 431].includes(huge.status), `refused for its length, got ${huge.status}`);
  });
});

describe('reference server: the conversations a caller can read', () => {
  let server: RunningServer;
  before(async () => {
    server = await startServer({ port: 0 });
  });
  after(() => server.close());

  test('lists exactly what the role reads, by the rule every open uses, and nothing else', async () => {
    const ids = async (as: 'ada' | 'dee' | 'cy') =>
      (
        (await (await call(server, '/v1/conversations', { as })).json()) as {
          conversations: { id: string }[];
        }
      ).conversations.map((conversation) => conversation.id);
    assert.deepEqual(await ids('ada'), ['weekly-sync', 'roadmap-review', 'failed-upload']);
    assert.deepEqual(await ids('dee'), ['global-kickoff']);
    assert.deepEqual(await ids('cy'), ['weekly-sync', 'roadmap-review', 'global-kickoff', 'failed-upload']);
    assert.equal((await call(server, '/v1/conversations')).status, 401);
  });
});
