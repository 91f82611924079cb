import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { startServer } from '../../server/serve.js';
import { call, createLink, signIn, tokenOf, type RunningServer } from './helpers/server.js';
import { startServerProcess, type ServerProcess } from './helpers/server-process.js';

let dataDir: string;
before(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'harmony-persistence-'));
});
after(() => rm(dataDir, { recursive: true, force: true }));

describe('the server keeps its data across a restart', () => {
  test('links, revocations, deletions, threads and sessions are still there', async () => {
    const first = await startServer({ port: 0, dataDir });
    let kept: { link: string; revoked: string; ofDeleted: string; thread: string; session: string };
    try {
      const link = await createLink(first, 'ben', 'weekly-sync');
      const revoked = await createLink(first, 'ben', 'weekly-sync');
      assert.equal(
        (
          await call(first, `/v1/conversations/weekly-sync/share-links/${revoked.id}`, {
            as: 'ben',
            method: 'DELETE',
          })
        ).status,
        204,
      );
      const ofDeleted = await createLink(first, 'cy', 'global-kickoff');
      assert.equal(
        (await call(first, '/v1/conversations/global-kickoff', { as: 'cy', method: 'DELETE' })).status,
        204,
      );
      const thread = await call(first, '/v1/companion/threads', {
        as: 'ben',
        method: 'POST',
        json: { conversationId: 'weekly-sync', suggestion: 'Summarize this meeting…' },
      });
      kept = {
        link: tokenOf(link.url),
        revoked: tokenOf(revoked.url),
        ofDeleted: tokenOf(ofDeleted.url),
        thread: new URL(((await thread.json()) as { url: string }).url).pathname,
        session: await signIn(first, 'ben'),
      };
    } finally {
      await first.close();
    }

    const second = await startServer({ port: 0, dataDir });
    try {
      const open = (path: string) => call(second, path, { as: 'ben' });
      assert.equal((await open(`/s/${kept.link}`)).status, 302, 'the link still opens');
      assert.equal((await open(`/s/${kept.revoked}`)).status, 410, 'the revoked link stays revoked');
      assert.equal((await call(second, `/s/${kept.ofDeleted}`, { as: 'cy' })).status, 410);
      assert.equal(
        (await call(second, '/v1/conversations/global-kickoff', { as: 'cy' })).status,
        404,
        'still deleted',
      );
      assert.equal((await open(kept.thread)).status, 200, 'the thread page is still there');
      assert.equal((await call(second, '/v1/me', { cookie: kept.session })).status, 200, 'still signed in');
    } finally {
      await second.close();
    }
  });
});

describe('two server processes share one database', () => {
  let inProcess: RunningServer;
  let other: ServerProcess;
  before(async () => {
    const shared = await mkdtemp(join(dataDir, 'shared-'));
    inProcess = await startServer({ port: 0, dataDir: shared });
    other = await startServerProcess(shared);
  });
  after(async () => {
    await other?.stop();
    await inProcess?.close();
  });

  test('a link made on one opens on the other, and is refused there once revoked', async () => {
    const link = await createLink(inProcess, 'ada', 'weekly-sync');
    const landing = `/s/${tokenOf(link.url)}`;
    assert.equal((await call(other, landing, { as: 'ben' })).status, 302);
    assert.equal((await call(other, landing, { as: 'dee' })).status, 403, 'scope is checked there too');

    const revoke = await call(other, `/v1/conversations/weekly-sync/share-links/${link.id}`, {
      as: 'ada',
      method: 'DELETE',
    });
    assert.equal(revoke.status, 204, 'the other process knows the link');
    assert.equal((await call(inProcess, landing, { as: 'ben' })).status, 410);
    assert.equal((await call(other, landing, { as: 'ben' })).status, 410);
  });

  test('a session started on one is valid on the other', async () => {
    const cookie = await signIn(inProcess, 'cy');
    const me = await call(other, '/v1/me', { cookie });
    assert.equal(me.status, 200);
    assert.equal(((await me.json()) as { id: string }).id, 'cy');
  });
});
