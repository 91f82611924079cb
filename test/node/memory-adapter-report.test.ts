import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { MemoryAdapter } from '../../src/adapter/memory-adapter.js';
import type { ReportSection } from '../../src/adapter/types.js';
import { sampleConversations } from '../fixtures/sample-conversations.js';
import { rejectsWith } from './helpers/harmony-rejection.js';

/** A memory backend whose weekly-sync has a stored report, as a story or test sets one. */
async function withReport(): Promise<MemoryAdapter> {
  const adapter = new MemoryAdapter({ conversations: sampleConversations() });
  const conversation = await adapter.getConversation('weekly-sync');
  adapter.put({ conversation, report: new Blob(['%PDF-1.7 stored'], { type: 'application/pdf' }) });
  return adapter;
}

describe('MemoryAdapter.downloadReport with sections', () => {
  test('gives its stored report when every section is asked for, in any order, or none is named', async () => {
    const adapter = await withReport();
    const every: ReportSection[] = ['custom', 'key-points', 'action-items', 'summary'];
    for (const options of [undefined, {}, { sections: every, locale: 'de' }]) {
      const report = await adapter.downloadReport('weekly-sync', options);
      assert.equal(await report.blob.text(), '%PDF-1.7 stored');
    }
  });

  test("declines fewer sections as 'unsupported': its stored report holds them all", async () => {
    const adapter = await withReport();
    const error = await rejectsWith(
      adapter.downloadReport('weekly-sync', { sections: ['action-items'] }),
      'unsupported',
    );
    assert.match(error.message, /every section/);
  });

  test('refuses what the reference server refuses, in the same words', async () => {
    const adapter = await withReport();
    const cases: [unknown[], RegExp][] = [
      [[], /No section is named/],
      [['transcript'], /never includes the transcript/],
      [['summary', 'bogus'], /"bogus" is not a section/],
      [['summary', 'summary'], /"summary" is named more than once/],
    ];
    for (const [sections, message] of cases) {
      const error = await rejectsWith(
        adapter.downloadReport('weekly-sync', { sections: sections as ReportSection[] }),
        'invalid-response',
      );
      assert.match(error.message, message);
      assert.equal(error.status, 400);
    }
  });
});
