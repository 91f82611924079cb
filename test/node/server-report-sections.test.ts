import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startServer } from '../../server/serve.js';
import { normalize, readPdf } from '../fixtures/report/read-pdf.js';
import { call, type RunningServer } from './helpers/server.js';

interface ApiInsight {
  type: string;
  title: string;
  text?: string;
  items?: { text: string }[];
}

const report = (query: string) => `/v1/conversations/weekly-sync/report.pdf?${query}`;

describe('reference server: report.pdf?sections= holds what was chosen, or says why not', () => {
  let server: RunningServer;
  let insights: ApiInsight[];
  before(async () => {
    server = await startServer({ port: 0 });
    const response = await call(server, '/v1/conversations/weekly-sync/insights', { as: 'cy' });
    insights = ((await response.json()) as { insights: ApiInsight[] }).insights;
  });
  after(() => server.close());

  test('sections=action-items: the PDF holds the action items and nothing of the summary', async () => {
    const summary = insights.find((insight) => insight.type === 'summary');
    const actions = insights.find((insight) => insight.type === 'action-items');
    assert.ok(summary?.text && actions?.items?.length, 'the sample conversation has both');

    const response = await call(server, report('sections=action-items&locale=en'), { as: 'cy' });
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'application/pdf');
    const pdf = await readPdf(new Uint8Array(await response.arrayBuffer()));
    for (const item of actions.items) assert.ok(pdf.text.includes(normalize(item.text)), item.text);
    assert.ok(!pdf.text.includes(normalize(summary.text)), 'the summary text is in the PDF');
    for (const other of insights.filter((insight) => insight.type !== 'action-items')) {
      for (const item of other.items ?? []) {
        assert.ok(!pdf.text.includes(normalize(item.text)), `${other.type} item leaked: ${item.text}`);
      }
    }
  });

  test('the same choice in another order, or with spaces, is the same report', async () => {
    const texts = [];
    for (const query of ['sections=key-points,summary', 'sections=summary,%20key-points']) {
      const response = await call(server, report(query), { as: 'cy' });
      assert.equal(response.status, 200, query);
      texts.push((await readPdf(new Uint8Array(await response.arrayBuffer()))).text);
    }
    assert.equal(texts[0], texts[1]);
    const summary = insights.find((insight) => insight.type === 'summary')!;
    assert.ok(texts[0]!.includes(normalize(summary.text!)));
  });

  const refusals: [query: string, reason: RegExp][] = [
    ['sections=', /No section is named/],
    ['sections=transcript', /never includes the transcript/],
    ['sections=summary,transcript', /never includes the transcript/],
    ['sections=summary,bogus', /"bogus" is not a section/],
    ['sections=Summary', /"Summary" is not a section/],
    ['sections=summary,,key-points', /"" is not a section/],
    ['sections=summary,summary', /"summary" is named more than once/],
    ['sections=summary&sections=action-items', /given more than once/],
    [`sections=${'summary,'.repeat(40)}summary`, /longer than any list/],
    [`sections=${'x'.repeat(500)}`, /longer than any list/],
  ];
  for (const [query, reason] of refusals) {
    test(`${query.slice(0, 60)} is a 400 that says what is wrong and what to send`, async () => {
      const response = await call(server, report(query), { as: 'cy' });
      assert.equal(response.status, 400);
      assert.match(response.headers.get('content-type') ?? '', /application\/json/);
      const { error } = (await response.json()) as { error: { code: string; message: string } };
      assert.match(error.message, reason);
      assert.match(
        error.message,
        /takes a comma-separated list of: summary, action-items, key-points, custom/,
      );
    });
  }

  test('a refused list costs no render: HEAD is refused alike', async () => {
    const response = await call(server, report('sections=transcript'), { as: 'cy', method: 'HEAD' });
    assert.equal(response.status, 400);
  });
});
