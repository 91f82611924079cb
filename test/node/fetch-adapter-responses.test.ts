import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';
import { createFetchAdapter } from '../../src/adapter/fetch-adapter.js';
import type { FetchAdapterOptions } from '../../src/adapter/fetch-adapter.js';
import { DEFAULT_REPORT_FILENAME } from '../../src/adapter/types.js';
import { json, startFaultServer } from './helpers/fault-server.js';
import type { FaultServer, ScriptedResponse } from './helpers/fault-server.js';
import { rejectsWith } from './helpers/harmony-rejection.js';

const conversation = {
  id: 'weekly-sync',
  title: 'Weekly sync',
  startedAt: '2025-03-03T09:00:00Z',
  durationSeconds: 1800,
  participants: [{ name: 'Ada', email: 'ada@example.com' }, { name: 'Ben' }],
  medium: 'zoom',
  status: 'completed',
  url: 'https://app.harmony.example/conversations/weekly-sync',
};
const insights = [
  { id: 'i1', type: 'summary', title: 'Summary', text: 'We agreed.' },
  { id: 'i2', type: 'action-items', title: 'Action items', items: [{ text: 'Ship it', owner: 'Ben' }] },
];
const shareLink = { id: 'l1', url: 'https://app.harmony.example/s/abc', createdAt: '2025-03-03T10:00:00Z' };
const pdfBytes = Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n');
const pdf = (headers: Record<string, string> = {}): ScriptedResponse => ({
  status: 200,
  headers: { 'content-type': 'application/pdf', ...headers },
  body: pdfBytes,
});

let server: FaultServer;
before(async () => {
  server = await startFaultServer();
});
beforeEach(() => server.reset());
after(() => server.close());

const adapter = (options: Partial<FetchAdapterOptions> = {}) =>
  // Generous: a loaded machine must not turn a scripted answer into a timeout. Timeout tests set their own.
  createFetchAdapter({ baseUrl: server.origin, retries: 0, retryDelayMs: 10, timeoutMs: 3000, ...options });

describe('requests', () => {
  test('getConversation: GET with Accept JSON, the bearer token and the parsed body', async () => {
    server.script(json(200, conversation));
    const result = await adapter({ getToken: () => 'tok-1' }).getConversation('weekly-sync');
    assert.deepEqual(result, conversation);
    const [request] = server.requests;
    assert.equal(request!.method, 'GET');
    assert.equal(request!.url, '/v1/conversations/weekly-sync');
    assert.equal(request!.headers.accept, 'application/json');
    assert.equal(request!.headers.authorization, 'Bearer tok-1');
  });

  test('getInsights unwraps { insights }', async () => {
    server.script(json(200, { insights }));
    assert.deepEqual(await adapter().getInsights('weekly-sync'), insights);
    assert.equal(server.requests[0]!.url, '/v1/conversations/weekly-sync/insights');
  });

  test('getTranscript', async () => {
    const transcript = {
      conversationId: 'weekly-sync',
      segments: [{ speaker: 'Ada', startSeconds: 0, text: 'Hi' }],
    };
    server.script(json(200, transcript));
    assert.deepEqual(await adapter().getTranscript!('weekly-sync'), transcript);
    assert.equal(server.requests[0]!.url, '/v1/conversations/weekly-sync/transcript');
  });

  test('createShareLink POSTs JSON and accepts 201', async () => {
    server.script(json(201, shareLink));
    assert.deepEqual(await adapter().createShareLink('weekly-sync'), shareLink);
    const [request] = server.requests;
    assert.equal(request!.method, 'POST');
    assert.equal(request!.url, '/v1/conversations/weekly-sync/share-links');
    assert.equal(request!.headers['content-type'], 'application/json');
  });

  test('revokeShareLink DELETEs and resolves on 204', async () => {
    server.script({ status: 204 });
    assert.equal(await adapter().revokeShareLink!('weekly-sync', 'l1'), undefined);
    assert.equal(server.requests[0]!.method, 'DELETE');
    assert.equal(server.requests[0]!.url, '/v1/conversations/weekly-sync/share-links/l1');
  });

  test('startCompanionThread POSTs { conversationId, suggestion }', async () => {
    const thread = { id: 't1', url: 'https://app.harmony.example/companion/t1', suggestion: 'Summarize' };
    server.script(json(201, thread));
    assert.deepEqual(
      await adapter().startCompanionThread('weekly-sync', { suggestion: 'Summarize' }),
      thread,
    );
    assert.equal(server.requests[0]!.url, '/v1/companion/threads');
    assert.deepEqual(JSON.parse(server.requests[0]!.body), {
      conversationId: 'weekly-sync',
      suggestion: 'Summarize',
    });
  });

  test('a base URL with a path prefix and trailing slash keeps the prefix', async () => {
    server.script(json(200, conversation));
    await adapter({ baseUrl: `${server.origin}/api/` }).getConversation('weekly-sync');
    assert.equal(server.requests[0]!.url, '/api/v1/conversations/weekly-sync');
  });

  test('ids are one encoded path segment: slashes, dots, ? and # cannot change the path', async () => {
    server.script(json(404, {}), json(404, {}), json(404, {}));
    const client = adapter();
    await rejectsWith(client.getConversation('../x'), 'not-found');
    await rejectsWith(client.getInsights('a/b?c#d'), 'not-found');
    await rejectsWith(client.revokeShareLink!('weekly-sync', '../../companion/threads'), 'not-found');
    assert.deepEqual(
      server.requests.map((request) => request.url),
      [
        '/v1/conversations/..%2Fx',
        '/v1/conversations/a%2Fb%3Fc%23d/insights',
        '/v1/conversations/weekly-sync/share-links/..%2F..%2Fcompanion%2Fthreads',
      ],
    );
  });

  test('ids that URL parsing would resolve away ("", ".", "..") are not-found without a request', async () => {
    for (const id of ['', '.', '..']) await rejectsWith(adapter().getConversation(id), 'not-found');
    assert.equal(server.requests.length, 0);
  });
});

describe('error responses', () => {
  test('the message names method, path, status and the server message', async () => {
    server.script(json(404, { error: { code: 'not-found', message: 'No conversation "nope".' } }));
    const error = await rejectsWith(adapter().getConversation('nope'), 'not-found');
    assert.equal(error.status, 404);
    assert.match(
      error.message,
      /^GET \/v1\/conversations\/nope failed with HTTP 404: No conversation "nope"\.$/,
    );
  });

  test('a non-JSON error page still maps its status', async () => {
    server.script({ status: 502, headers: { 'content-type': 'text/html' }, body: '<h1>Bad gateway</h1>' });
    const error = await rejectsWith(adapter().getConversation('weekly-sync'), 'unavailable');
    assert.equal(error.message, 'GET /v1/conversations/weekly-sync failed with HTTP 502.');
  });
});

describe('invalid responses', () => {
  const cases: [string, ScriptedResponse, RegExp][] = [
    [
      'an HTML page with 200',
      { status: 200, headers: { 'content-type': 'text/html' }, body: '<html>Sign in</html>' },
      /text\/html instead of JSON/,
    ],
    [
      'truncated JSON',
      { status: 200, headers: { 'content-type': 'application/json' }, body: '{"id":"weekly-sync","ti' },
      /malformed JSON/,
    ],
    ['no content type', { status: 200, body: JSON.stringify(conversation) }, /instead of JSON/],
    ['an unknown status', json(200, { ...conversation, status: 'done' }), /status must be/],
    ['a missing title', json(200, { ...conversation, title: undefined }), /title must be/],
    ['an array instead of an object', json(200, [conversation]), /wrong shape/],
    ['a javascript: url', json(200, { ...conversation, url: 'javascript:alert(1)' }), /not safe/],
  ];
  for (const [name, response, message] of cases) {
    test(`getConversation: ${name} → invalid-response`, async () => {
      server.script(response);
      const error = await rejectsWith(adapter().getConversation('weekly-sync'), 'invalid-response');
      assert.equal(error.status, 200);
      assert.match(error.message, message);
    });
  }

  test('insights of an unknown type, or not wrapped in { insights }', async () => {
    server.script(json(200, { insights: [{ ...insights[0], type: 'poem' }] }), json(200, insights));
    await rejectsWith(adapter().getInsights('weekly-sync'), 'invalid-response');
    await rejectsWith(adapter().getInsights('weekly-sync'), 'invalid-response');
  });

  for (const url of [
    'javascript:alert(document.cookie)',
    'data:text/html,<script>1</script>',
    'http://evil.example/s/abc',
  ]) {
    test(`a share link url ${url.slice(0, 24)}… → invalid-response`, async () => {
      server.script(json(201, { ...shareLink, url }));
      await rejectsWith(adapter().createShareLink('weekly-sync'), 'invalid-response');
    });
  }

  test('a share link on the API origin over http is accepted (local development)', async () => {
    const local = { ...shareLink, url: `${server.origin}/s/abc` };
    server.script(json(201, local));
    assert.deepEqual(await adapter().createShareLink('weekly-sync'), local);
  });

  test('a Companion thread url must be safe too; an absent one is fine', async () => {
    server.script(
      json(201, { id: 't1', url: 'javascript:void 0', suggestion: 'Summarize' }),
      json(201, { id: 't2', suggestion: 'Summarize' }),
    );
    await rejectsWith(
      adapter().startCompanionThread('weekly-sync', { suggestion: 'Summarize' }),
      'invalid-response',
    );
    const thread = await adapter().startCompanionThread('weekly-sync', { suggestion: 'Summarize' });
    assert.equal(thread.id, 't2');
  });
});

describe('report download', () => {
  const filenames: [string, string | undefined, string][] = [
    ['plain', 'attachment; filename=weekly.pdf', 'weekly.pdf'],
    [
      'quoted with escapes',
      'attachment; filename="Weekly \\"sync\\"; notes.pdf"',
      'Weekly "sync"; notes.pdf',
    ],
    [
      'RFC 5987 UTF-8, preferred over filename',
      'attachment; filename="fallback.pdf"; filename*=UTF-8\'\'%D0%9E%D1%82%D1%87%D1%91%D1%82%20%E4%BC%9A%E8%AE%AE.pdf',
      'Отчёт 会议.pdf',
    ],
    ['a path', 'attachment; filename="../../etc/passwd.pdf"', 'passwd.pdf'],
    ['control and bidi characters', "attachment; filename*=UTF-8''a%0D%0Ab%E2%80%AEfdp.exe", 'abfdp.exe'],
    ['only dots', 'attachment; filename=".."', DEFAULT_REPORT_FILENAME],
    ['missing', undefined, DEFAULT_REPORT_FILENAME],
  ];
  for (const [name, header, expected] of filenames) {
    test(`Content-Disposition ${name} → "${expected}"`, async () => {
      server.script(pdf(header ? { 'content-disposition': header } : {}));
      const report = await adapter().downloadReport!('weekly-sync');
      assert.equal(report.filename, expected);
    });
  }

  test('the blob holds the PDF bytes; the request asks for a PDF', async () => {
    server.script(pdf());
    const report = await adapter().downloadReport!('weekly-sync');
    assert.equal(report.blob.type, 'application/pdf');
    assert.deepEqual(Buffer.from(await report.blob.arrayBuffer()), pdfBytes);
    assert.equal(server.requests[0]!.url, '/v1/conversations/weekly-sync/report.pdf');
    assert.equal(server.requests[0]!.headers.accept, 'application/pdf');
  });

  const broken: [string, ScriptedResponse][] = [
    ['a JSON body', json(200, { ok: true })],
    ['an empty PDF', { status: 200, headers: { 'content-type': 'application/pdf' }, body: '' }],
    [
      'an HTML page labelled as PDF',
      { status: 200, headers: { 'content-type': 'application/pdf' }, body: '<html>' },
    ],
  ];
  for (const [name, response] of broken) {
    test(`${name} → invalid-response`, async () => {
      server.script(response);
      await rejectsWith(adapter().downloadReport!('weekly-sync'), 'invalid-response');
    });
  }
});

describe('the token stays secret', () => {
  const token = 'tok-SECRET-7c41e0b2d9';

  test('it is sent only as a bearer header: never in a URL, never in an error message', async () => {
    const echo = json(401, { error: { message: `Token ${token} is not valid.` } });
    server.script(
      echo,
      json(500, { error: { message: `Internal error for Bearer ${token}` } }),
      { status: 200, headers: { 'content-type': 'text/html' }, body: `<p>${token}</p>` },
      json(200, { ...conversation, url: `javascript:"${token}"` }),
      { hang: true },
      json(403, {}),
    );
    const client = adapter({ getToken: () => token, timeoutMs: 1000 });
    const errors = [
      await rejectsWith(client.getConversation('weekly-sync'), 'unauthenticated'),
      await rejectsWith(client.getInsights('weekly-sync'), 'unavailable'),
      await rejectsWith(client.getTranscript!('weekly-sync'), 'invalid-response'),
      await rejectsWith(client.getConversation('weekly-sync'), 'invalid-response'),
      await rejectsWith(client.createShareLink('weekly-sync'), 'timeout'),
      await rejectsWith(client.revokeShareLink!('weekly-sync', 'l1'), 'forbidden'),
    ];
    assert.match(errors[0]!.message, /Token \[redacted\] is not valid/);
    for (const error of errors) assert.ok(!error.message.includes(token), error.message);
    assert.equal(server.requests.length, 6);
    for (const request of server.requests) {
      assert.ok(!request.url.includes(token), request.url);
      assert.equal(request.headers.authorization, `Bearer ${token}`);
    }
  });

  test('a token that is not a valid header value → unauthenticated, nothing sent', async () => {
    await rejectsWith(
      adapter({ getToken: () => 'abc\r\nX-Evil: 1' }).getConversation('weekly-sync'),
      'unauthenticated',
    );
    assert.equal(server.requests.length, 0);
  });
});
