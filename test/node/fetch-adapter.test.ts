import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createFetchAdapter } from '../../src/adapter/fetch-adapter.js';
import type { HarmonyAdapter } from '../../src/adapter/types.js';
import { startServer } from '../../server/serve.js';
import { rejectsWith } from './helpers/harmony-rejection.js';

/**
 * The fetch adapter against the reference server over real HTTP. Seeded users: ben reads every
 * conversation, dee only global-kickoff; weekly-sync is completed, roadmap-review still processing.
 */
let server: Awaited<ReturnType<typeof startServer>>;
const as = (user: string | undefined): HarmonyAdapter =>
  createFetchAdapter({
    baseUrl: server.origin,
    getToken: () => (user ? `demo-${user}` : undefined),
    retries: 0,
    timeoutMs: 5000,
  });

before(async () => {
  server = await startServer({ port: 0 });
});
after(() => server.close());

/** Where a share link lands for a signed-in user, without following the redirect to the page. */
async function landingStatus(url: string, user: string): Promise<number> {
  const response = await fetch(url, {
    headers: { Authorization: `Bearer demo-${user}` },
    redirect: 'manual',
  });
  await response.body?.cancel();
  return response.status;
}

describe('happy paths', () => {
  test('getConversation returns the conversation with its page URL on the server', async () => {
    const conversation = await as('ben').getConversation('weekly-sync');
    assert.equal(conversation.id, 'weekly-sync');
    assert.equal(conversation.title, 'Weekly Sales Sync');
    assert.equal(conversation.status, 'completed');
    assert.equal(conversation.medium, 'zoom');
    assert.ok(conversation.participants.some((participant) => participant.name === 'Ada Okafor'));
    assert.equal(conversation.url, `${server.origin}/conversations/weekly-sync`);
  });

  test('getConversation reports every status', async () => {
    const adapter = as('ben');
    assert.equal((await adapter.getConversation('roadmap-review')).status, 'processing');
    assert.equal((await adapter.getConversation('failed-upload')).status, 'failed');
  });

  test('getInsights returns the insights of a completed conversation', async () => {
    const insights = await as('ben').getInsights('weekly-sync');
    assert.deepEqual(
      insights.map((insight) => insight.type),
      ['summary', 'action-items', 'key-points', 'custom'],
    );
    assert.ok(insights[1]!.items!.some((item) => item.owner === 'Ben Hartley'));
  });

  test('getTranscript returns the segments', async () => {
    const transcript = await as('ben').getTranscript!('weekly-sync');
    assert.equal(transcript.conversationId, 'weekly-sync');
    assert.equal(transcript.segments[0]!.speaker, 'Ada Okafor');
  });

  test('startCompanionThread opens a thread with the suggestion', async () => {
    const thread = await as('ben').startCompanionThread('weekly-sync', {
      suggestion: 'Summarize this meeting…',
    });
    assert.equal(thread.suggestion, 'Summarize this meeting…');
    assert.ok(thread.url?.startsWith(`${server.origin}/companion/`), thread.url);
  });

  test('createShareLink makes a new link per call; revoking one makes its landing answer 410', async () => {
    const adapter = as('ben');
    const link = await adapter.createShareLink('weekly-sync');
    const other = await adapter.createShareLink('weekly-sync');
    assert.notEqual(link.id, other.id);
    assert.notEqual(link.url, other.url);
    assert.ok(link.url.startsWith(`${server.origin}/s/`), link.url);
    assert.ok(!Number.isNaN(Date.parse(link.createdAt)));
    assert.equal(await landingStatus(link.url, 'ben'), 302);

    await adapter.revokeShareLink!('weekly-sync', link.id);
    assert.equal(await landingStatus(link.url, 'ben'), 410);
    assert.equal(await landingStatus(other.url, 'ben'), 302, 'revoking one link leaves the others');
  });

  test('createShareLink({ expiresInDays }) asks the server for a link that expires that many days later', async () => {
    const link = await as('ben').createShareLink('weekly-sync', { expiresInDays: 30 });
    const days = (Date.parse(link.expiresAt!) - Date.parse(link.createdAt)) / 86_400_000;
    assert.ok(Math.abs(days - 30) < 0.01, `${days} days`);
  });

  test('an expiry the server does not offer is refused with its reason, not silently dropped', async () => {
    for (const expiresInDays of [0, -1, 365, '7']) {
      const error = await rejectsWith(
        as('ben').createShareLink('weekly-sync', { expiresInDays: expiresInDays as never }),
        'invalid-response',
      );
      assert.equal(error.status, 400);
      assert.match(error.message, /"expiresInDays": 1 \| 7 \| 30/);
    }
  });

  test("getShareAudience and checkShareAccess read who can open a link, by the server's rules", async () => {
    const audience = await as('ada').getShareAudience!('weekly-sync');
    assert.deepEqual(
      audience.people.map((person) => [person.name, person.because, person.team]),
      [
        ['Ada Okafor', 'creator', undefined],
        ['Ben Hartley', 'team', 'Sales'],
        ['Cy Moreau', 'all', undefined],
      ],
    );
    assert.equal((await as('ada').checkShareAccess!('weekly-sync', 'ben')).team, 'Sales');
    const dee = await as('ada').checkShareAccess!('weekly-sync', 'dee');
    assert.deepEqual(dee, {
      canOpen: false,
      person: { name: 'Dee Lindqvist', email: 'dee.lindqvist@harmony.example' },
      because: 'scope-team',
    });
    // A name with characters a URL gives meaning to arrives whole, as one query value.
    const odd = await as('ada').checkShareAccess!('weekly-sync', 'a&who=ben#x');
    assert.equal(odd.because, 'unknown-person');
  });
});

describe('errors', () => {
  test('no token → unauthenticated', async () => {
    const error = await rejectsWith(as(undefined).getConversation('weekly-sync'), 'unauthenticated');
    assert.equal(error.status, 401);
    assert.match(error.message, /GET \/v1\/conversations\/weekly-sync failed with HTTP 401: Sign in/);
  });

  test('a role whose read scope excludes the conversation → forbidden', async () => {
    const error = await rejectsWith(as('dee').getConversation('weekly-sync'), 'forbidden');
    assert.equal(error.status, 403);
    await rejectsWith(as('dee').createShareLink('weekly-sync'), 'forbidden');
    assert.equal((await as('dee').getConversation('global-kickoff')).id, 'global-kickoff');
  });

  test('an unknown id → not-found', async () => {
    const error = await rejectsWith(as('ben').getConversation('no-such-meeting'), 'not-found');
    assert.equal(error.status, 404);
  });

  test('ids with slashes and dots stay one segment: they name no conversation', async () => {
    const adapter = as('ben');
    // Unencoded, these would reach weekly-sync's transcript and the conversation itself.
    await rejectsWith(adapter.getConversation('weekly-sync/transcript'), 'not-found');
    await rejectsWith(adapter.getInsights('../conversations/weekly-sync'), 'not-found');
    await rejectsWith(adapter.getConversation('x/../weekly-sync'), 'not-found');
    await rejectsWith(adapter.revokeShareLink!('weekly-sync', '../../roadmap-review'), 'not-found');
  });

  test('insights of a conversation still processing, or failed → not-ready', async () => {
    const error = await rejectsWith(as('ben').getInsights('roadmap-review'), 'not-ready');
    assert.equal(error.status, 409);
    assert.match(error.message, /still processing/);
    await rejectsWith(as('ben').getInsights('failed-upload'), 'not-ready');
    await rejectsWith(as('ben').createShareLink('roadmap-review'), 'not-ready');
  });

  test('downloadReport reads the PDF as a Blob named by Content-Disposition', async () => {
    const report = await as('ben').downloadReport!('weekly-sync');
    assert.equal(report.filename, 'Conversation Insights Report.pdf');
    assert.equal(report.blob.type, 'application/pdf');
    assert.equal(await report.blob.slice(0, 5).text(), '%PDF-');
  });

  test('a report the server is switched to refuse (501) → unavailable, so clients render it', async () => {
    const forced = await fetch(`${server.origin}/dev/report-failure`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer demo-ben' },
      body: JSON.stringify({ status: 501 }),
    });
    assert.equal(forced.status, 200);
    try {
      const error = await rejectsWith(as('ben').downloadReport!('weekly-sync'), 'unavailable');
      assert.equal(error.status, 501);
    } finally {
      await fetch(`${server.origin}/dev/report-failure`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: 'Bearer demo-ben' },
        body: JSON.stringify({ status: null }),
      });
    }
  });

  test('revoking a link that does not exist → not-found', async () => {
    await rejectsWith(as('ben').revokeShareLink!('weekly-sync', 'no-such-link'), 'not-found');
  });
});
