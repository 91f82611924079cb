import { expect } from '@open-wc/testing';
import { adapterConformanceCases } from '../../src/adapter/conformance.js';
import { HarmonyError } from '../../src/adapter/errors.js';
import { MemoryAdapter } from '../../src/adapter/memory-adapter.js';
import { sampleConversations } from '../fixtures/sample-conversations.js';

const ids = { completed: 'weekly-sync', processing: 'roadmap-review', missing: 'no-such-meeting' };

async function rejection(promise: Promise<unknown>): Promise<HarmonyError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(HarmonyError);
    return error as HarmonyError;
  }
  throw new Error('expected the call to reject');
}

describe('MemoryAdapter in the browser', () => {
  describe('passes the adapter conformance suite', () => {
    for (const testCase of adapterConformanceCases({
      adapter: new MemoryAdapter({ conversations: sampleConversations(), latency: 5 }),
      ids,
    })) {
      it(testCase.name, () => testCase.run());
    }
  });

  it('waits its configured latency before answering', async () => {
    const adapter = new MemoryAdapter({
      conversations: sampleConversations(),
      latency: { getConversation: 80 },
    });
    const started = performance.now();
    await adapter.getConversation('weekly-sync');
    expect(performance.now() - started).to.be.at.least(75);
  });

  it('fails the next call with an injected code, then recovers', async () => {
    const adapter = new MemoryAdapter({ conversations: sampleConversations() });
    adapter.failNext('createShareLink', 'rate-limited');
    const error = await rejection(adapter.createShareLink('weekly-sync'));
    expect(error.code).to.equal('rate-limited');
    expect(error.retryAfterMs).to.be.a('number');
    const link = await adapter.createShareLink('weekly-sync');
    expect(link.url).to.match(/^https:\/\/harmony\.example\/s\/[0-9a-f]{32}$/);
  });

  it('applies a per-conversation failure rule', async () => {
    const adapter = new MemoryAdapter({
      conversations: sampleConversations(),
      failures: { getConversation: (id) => (id === 'weekly-sync' ? 'forbidden' : undefined) },
    });
    expect((await rejection(adapter.getConversation('weekly-sync'))).code).to.equal('forbidden');
    expect((await adapter.getConversation('roadmap-review')).status).to.equal('processing');
  });

  it('has no server report unless one is given, so the browser renders it', async () => {
    const adapter = new MemoryAdapter({ conversations: sampleConversations() });
    expect((await rejection(adapter.downloadReport('weekly-sync'))).code).to.equal('unsupported');
  });

  it('lets a conversation finish processing', async () => {
    const adapter = new MemoryAdapter({ conversations: sampleConversations() });
    expect((await rejection(adapter.createShareLink('roadmap-review'))).code).to.equal('not-ready');
    adapter.update('roadmap-review', { status: 'completed' });
    expect((await adapter.createShareLink('roadmap-review')).id).to.be.a('string');
  });

  it('returns copies, so a caller cannot change the backend by mutating a result', async () => {
    const adapter = new MemoryAdapter({ conversations: sampleConversations() });
    const first = await adapter.getConversation('weekly-sync');
    first.title = 'changed';
    expect((await adapter.getConversation('weekly-sync')).title).to.equal('Weekly sync: Q3 launch readiness');
  });
});
