import { after, before, describe, test } from 'node:test';
import { adapterConformanceCases, runAdapterConformance } from '../../src/adapter/conformance.js';
import { createFetchAdapter } from '../../src/adapter/fetch-adapter.js';
import { MemoryAdapter } from '../../src/adapter/memory-adapter.js';
import type { HarmonyAdapter } from '../../src/adapter/types.js';
import { startServer } from '../../server/serve.js';
import { sampleConversations } from '../fixtures/sample-conversations.js';
import assert from 'node:assert/strict';

const serverIds = {
  completed: 'weekly-sync',
  processing: 'roadmap-review',
  missing: 'no-such-meeting',
  forbidden: 'global-kickoff',
};

describe('conformance: MemoryAdapter', () => {
  const adapter = new MemoryAdapter({
    conversations: sampleConversations(),
    latency: 2,
    failures: { getConversation: (id) => (id === 'secret-meeting' ? 'forbidden' : undefined) },
  });
  const ids = {
    completed: 'weekly-sync',
    processing: 'roadmap-review',
    missing: 'nope',
    forbidden: 'secret-meeting',
  };
  for (const testCase of adapterConformanceCases({ adapter, ids })) test(testCase.name, () => testCase.run());
});

describe('conformance: fetch adapter against the reference server', () => {
  let server: Awaited<ReturnType<typeof startServer>>;
  // ada (read scope `own`) created weekly-sync and roadmap-review; global-kickoff is ben's, so she may not read it.
  const adapters: { signedIn?: HarmonyAdapter; signedOut?: HarmonyAdapter } = {};

  before(async () => {
    server = await startServer({ port: 0 });
    adapters.signedIn = createFetchAdapter({
      baseUrl: server.origin,
      getToken: () => 'demo-ada',
      retries: 0,
    });
    adapters.signedOut = createFetchAdapter({ baseUrl: server.origin, retries: 0 });
  });
  after(() => server.close());

  test('every case passes', async () => {
    const result = await runAdapterConformance({
      adapter: adapters.signedIn!,
      unauthenticatedAdapter: adapters.signedOut!,
      ids: serverIds,
      apiOrigin: server.origin,
    });
    assert.deepEqual(result.failed, []);
    assert.ok(result.passed.length >= 12, `only ${result.passed.length} cases ran`);
  });
});

describe('conformance suite itself', () => {
  test('reports a broken adapter instead of passing it', async () => {
    const honest = new MemoryAdapter({ conversations: sampleConversations() });
    const broken: HarmonyAdapter = {
      getConversation: async (id) => ({ ...(await honest.getConversation(id)), status: 'done' as never }),
      getInsights: (id, o) => honest.getInsights(id, o),
      createShareLink: async () => {
        throw new Error('plain error instead of HarmonyError');
      },
      // The elements would refuse to open this thread: the suite must say so.
      startCompanionThread: async (id, o) => ({
        ...(await honest.startCompanionThread(id, o)),
        url: 'javascript:alert(1)',
      }),
    };
    const result = await runAdapterConformance({
      adapter: broken,
      ids: { completed: 'weekly-sync', processing: 'roadmap-review', missing: 'nope' },
    });
    const failedNames = result.failed.map((f) => f.name);
    assert.ok(failedNames.includes('startCompanionThread returns a thread carrying the suggestion'));
    assert.ok(failedNames.includes('getConversation returns a valid completed conversation'));
    assert.ok(failedNames.includes('createShareLink returns a new link each time'));
    assert.match(result.failed.find((f) => f.name.startsWith('getConversation returns'))!.message, /status/);
  });

  test('reports a report download that ignores sections, gives no PDF, or ignores its signal', async () => {
    const honest = new MemoryAdapter({ conversations: sampleConversations() });
    const careless: HarmonyAdapter = {
      getConversation: (id, o) => honest.getConversation(id, o),
      getInsights: (id, o) => honest.getInsights(id, o),
      createShareLink: (id, o) => honest.createShareLink(id, o),
      startCompanionThread: (id, o) => honest.startCompanionThread(id, o),
      // Whatever is asked, and however it was cancelled: the same bytes, which are not a PDF.
      downloadReport: async () => ({ blob: new Blob(['<html>report</html>']), filename: 'report.pdf' }),
    };
    const result = await runAdapterConformance({
      adapter: careless,
      ids: { completed: 'weekly-sync', processing: 'roadmap-review', missing: 'nope' },
    });
    const failed = new Map(result.failed.map((f) => [f.name, f.message]));
    const message = (start: string) => [...failed].find(([name]) => name.startsWith(start))?.[1];
    assert.match(message('downloadReport with sections and a locale') ?? '', /should be a PDF/);
    assert.match(
      message('downloadReport refuses an unknown section') ?? '',
      /\["summary","bogus"\].*resolved/,
    );
    assert.match(message("downloadReport with sections rejects with 'aborted'") ?? '', /resolved/);
  });

  test('reports an audience whose team is malformed, and a check that disagrees with the audience', async () => {
    const honest = new MemoryAdapter({ conversations: sampleConversations() });
    const ids = { completed: 'weekly-sync', processing: 'roadmap-review', missing: 'nope' };
    const audienceCase = 'getShareAudience names people with a reason each, and teams';
    const agreementCase =
      'checkShareAccess agrees with getShareAudience: each person it names can open it, for the same reason';
    const run = (overrides: Partial<HarmonyAdapter>) =>
      runAdapterConformance({
        adapter: {
          getConversation: (id, o) => honest.getConversation(id, o),
          getInsights: (id, o) => honest.getInsights(id, o),
          createShareLink: (id, o) => honest.createShareLink(id, o),
          startCompanionThread: (id, o) => honest.startCompanionThread(id, o),
          getShareAudience: (id, o) => honest.getShareAudience(id, o),
          checkShareAccess: (id, who, o) => honest.checkShareAccess(id, who, o),
          ...overrides,
        },
        ids,
      });
    const failure = (result: Awaited<ReturnType<typeof run>>, name: string) =>
      result.failed.find((f) => f.name === name)?.message;

    const honestResult = await run({});
    assert.equal(failure(honestResult, audienceCase), undefined);
    assert.equal(failure(honestResult, agreementCase), undefined);
    assert.ok(honestResult.passed.includes(agreementCase));

    const teamOnCreator = await run({
      getShareAudience: async (id, o) => {
        const audience = await honest.getShareAudience(id, o);
        return { ...audience, people: audience.people.map((p) => ({ ...p, team: p.team ?? '' })) };
      },
    });
    assert.match(
      failure(teamOnCreator, audienceCase) ?? '',
      /people\[0\]\.team should be a non-empty string/,
    );

    const wrongTeam = await run({
      checkShareAccess: async (id, who, o) => {
        const answer = await honest.checkShareAccess(id, who, o);
        return answer.team ? { ...answer, team: 'Support' } : answer;
      },
    });
    assert.match(failure(wrongTeam, agreementCase) ?? '', /team is 'Support', the audience says 'Sales'/);

    const nobodyCan = await run({
      checkShareAccess: async () => ({ canOpen: false, because: 'unknown-person' }),
    });
    assert.match(failure(nobodyCan, agreementCase) ?? '', /should say they can open it/);
  });

  test('called without ids, says what it needs instead of failing on undefined', async () => {
    const adapter = new MemoryAdapter({ conversations: sampleConversations() });
    await assert.rejects(
      // The mistake an untyped caller makes: the ids left out.
      runAdapterConformance({ adapter } as never),
      /needs \{ adapter, ids: \{ completed, processing, missing \} \}; missing: ids\.completed, ids\.processing, ids\.missing/,
    );
  });
});
