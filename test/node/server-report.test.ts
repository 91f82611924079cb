import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startServer } from '../../server/serve.js';
import { normalize, readPdf } from '../fixtures/report/read-pdf.js';
import { call, type RunningServer } from './helpers/server.js';

describe('reference server: report.pdf is the Conversation Insights Report', () => {
  let server: RunningServer;
  before(async () => {
    server = await startServer({ port: 0 });
  });
  after(() => server.close());

  for (const id of ['weekly-sync', 'global-kickoff']) {
    test(`${id} downloads as a report with every participant and insight, a QR back to it, no transcript`, async () => {
      const response = await call(server, `/v1/conversations/${id}/report.pdf`, { as: 'cy' });
      assert.equal(response.status, 200);
      assert.equal(response.headers.get('content-type'), 'application/pdf');
      assert.match(
        response.headers.get('content-disposition') ?? '',
        /filename\*=UTF-8''Conversation%20Insights%20Report\.pdf/,
      );
      const pdf = await readPdf(new Uint8Array(await response.arrayBuffer()));
      const conversation = await (await call(server, `/v1/conversations/${id}`, { as: 'cy' })).json();
      const { insights } = await (
        await call(server, `/v1/conversations/${id}/insights`, { as: 'cy' })
      ).json();
      assert.ok(pdf.text.includes(normalize(conversation.title)), 'title');
      for (const participant of conversation.participants) {
        assert.ok(pdf.text.includes(normalize(participant.name)), `participant ${participant.name}`);
      }
      for (const insight of insights) {
        assert.ok(pdf.text.includes(normalize(insight.title)), `insight ${insight.title}`);
        for (const item of insight.items ?? []) assert.ok(pdf.text.includes(normalize(item.text)), item.text);
      }
      const transcript = await (
        await call(server, `/v1/conversations/${id}/transcript`, { as: 'cy' })
      ).json();
      for (const segment of transcript.segments) {
        assert.ok(!pdf.text.includes(normalize(segment.text)), `transcript line leaked: ${segment.text}`);
      }
      assert.equal(await pdf.qrOnFirstPage(), conversation.url);
    });
  }

  test('?sections= keeps only the insights asked for; the transcript is never one of them', async () => {
    const response = await call(server, '/v1/conversations/weekly-sync/report.pdf?sections=action-items', {
      as: 'cy',
    });
    assert.equal(response.status, 200);
    const pdf = await readPdf(new Uint8Array(await response.arrayBuffer()));
    const { insights } = await (
      await call(server, '/v1/conversations/weekly-sync/insights', { as: 'cy' })
    ).json();
    for (const insight of insights as { type: string; title: string; text?: string }[]) {
      const shown = pdf.text.includes(normalize(insight.title));
      assert.equal(shown, insight.type === 'action-items', `${insight.type} "${insight.title}"`);
    }
  });

  test('an empty or unknown section, or a malformed locale, is a 400 that says what to send', async () => {
    for (const query of [
      'sections=',
      'sections=transcript',
      'sections=summary,summary,summary,summary,summary',
      'locale=not%20a%20locale',
    ]) {
      const response = await call(server, `/v1/conversations/weekly-sync/report.pdf?${query}`, { as: 'cy' });
      assert.equal(response.status, 400, query);
      assert.match((await response.json()).error.message, /sections= takes|locale= takes/);
    }
  });
});
