import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startServer } from '../../server/serve.js';
import { call, type RunningServer } from './helpers/server.js';

/**
 * One worker thread and room for one waiting render: enough to show, from outside, that identical
 * requests share a render and that distinct ones beyond the pool are turned away.
 */
describe('reports render in a bounded worker pool', () => {
  let server: RunningServer;
  before(async () => {
    server = await startServer({ port: 0, reportPool: { threads: 1, maxQueue: 1 } });
  });
  after(() => server.close());

  const report = (locale: string, method = 'GET') =>
    call(server, '/v1/conversations/global-kickoff/report.pdf', {
      as: 'cy',
      method,
      headers: { 'Accept-Language': locale },
    });

  test('HEAD answers with the headers and no body', async () => {
    const response = await report('en', 'HEAD');
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'application/pdf');
    assert.equal(response.headers.get('cache-control'), 'no-store');
    assert.equal((await response.arrayBuffer()).byteLength, 0);
    assert.equal(
      (await call(server, '/v1/conversations/global-kickoff/report.pdf', { as: 'ada', method: 'HEAD' }))
        .status,
      403,
    );
  });

  test('HEAD never renders: distinct HEADs beyond the pool are all answered', async () => {
    const locales = ['en-GB', 'fr', 'es', 'it', 'nl', 'pt', 'sv', 'pl'];
    const responses = await Promise.all(locales.map((locale) => report(locale, 'HEAD')));
    assert.deepEqual(
      responses.map((response) => response.status),
      locales.map(() => 200),
    );
  });

  test('identical concurrent requests share one render: none is turned away', async () => {
    const responses = await Promise.all(Array.from({ length: 8 }, () => report('de')));
    assert.deepEqual(
      responses.map((response) => response.status),
      Array.from({ length: 8 }, () => 200),
    );
    const bodies = await Promise.all(
      responses.map(async (response) => Buffer.from(await response.arrayBuffer())),
    );
    assert.ok(
      bodies.every((body) => body.equals(bodies[0]!)),
      'every caller got the same bytes',
    );
  });

  test('distinct requests past the pool and its queue get 503 with Retry-After', async () => {
    const locales = ['en-GB', 'fr', 'es', 'it', 'nl', 'pt', 'sv', 'pl'];
    const responses = await Promise.all(locales.map((locale) => report(locale)));
    const statuses = responses.map((response) => response.status);
    assert.ok(statuses.includes(200), `some rendered: ${statuses.join(', ')}`);
    const refused = responses.filter((response) => response.status === 503);
    assert.ok(refused.length > 0, `some were turned away: ${statuses.join(', ')}`);
    for (const response of refused) {
      assert.match(response.headers.get('retry-after') ?? '', /^\d+$/);
      assert.equal(((await response.json()) as { error: { code: string } }).error.code, 'unavailable');
    }
  });
});
