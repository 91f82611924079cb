import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startServer } from '../../server/serve.js';
import { call, signIn, type DemoUser, type RunningServer } from './helpers/server.js';

describe('pages', () => {
  let server: RunningServer;
  before(async () => {
    server = await startServer({ port: 0 });
  });
  after(() => server.close());

  test('the sign-in page offers every demo user', async () => {
    const response = await call(server, '/sign-in?next=/conversations/global-kickoff');
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /text\/html/);
    const page = await response.text();
    for (const user of ['ada', 'ben', 'cy', 'dee'])
      assert.match(page, new RegExp(`name="user" value="${user}"`));
    assert.match(page, /name="next" value="\/conversations\/global-kickoff"/);
  });

  test('values put into pages are escaped', async () => {
    const page = await (
      await call(server, `/sign-in?next=${encodeURIComponent('/"><script>alert(1)</script>')}`)
    ).text();
    assert.doesNotMatch(page, /<script>alert/);
    assert.match(page, /&quot;&gt;&lt;script&gt;/);
  });

  test('the home page opens the first conversation', async () => {
    const response = await call(server, '/');
    assert.equal(response.status, 302);
    assert.equal(response.headers.get('location'), '/conversations/weekly-sync');
  });

  test('the conversation page asks a signed-out visitor to sign in', async () => {
    const response = await call(server, '/conversations/weekly-sync');
    assert.equal(response.status, 303);
    assert.equal(response.headers.get('location'), '/sign-in?next=%2Fconversations%2Fweekly-sync');
  });

  test('signed in, the conversation page is the demo with its header actions and share dialog', async () => {
    const response = await call(server, '/conversations/weekly-sync', {
      cookie: await signIn(server, 'ada'),
    });
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /text\/html/);
    const page = await response.text();
    assert.match(page, /<div id="companion-slot">/);
    assert.match(page, /<div id="menu-slot">/);
    assert.match(page, /<harmony-share-dialog id="share-dialog"><\/harmony-share-dialog>/);
    assert.match(page, /<script type="module" src="\/demo\/main\.js"><\/script>/);
    assert.match(page, /<main\b/);
  });

  test('the demo script is bundled and served as JavaScript', async () => {
    const response = await call(server, '/demo/main.js');
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /^text\/javascript/);
    const script = await response.text();
    assert.ok(script.includes('/v1/conversations'), 'the fetch adapter is bundled in');
    assert.doesNotMatch(
      script,
      /^import .* from ['"]\.\.?\//m,
      'no relative imports are left for the browser',
    );
  });

  test('the demo style sheets are served, and nothing outside demo/', async () => {
    for (const sheet of ['base.css', 'demo.css']) {
      const response = await call(server, `/demo/${sheet}`);
      assert.equal(response.status, 200, sheet);
      assert.match(response.headers.get('content-type') ?? '', /^text\/css/);
    }
    assert.equal((await call(server, '/demo/missing.css')).status, 404);
    assert.equal((await call(server, '/demo/main.ts')).status, 404);
    assert.equal((await call(server, '/demo/index.html')).status, 404);
  });

  test('unknown pages answer 404 in HTML', async () => {
    const response = await call(server, '/nowhere');
    assert.equal(response.status, 404);
    assert.match(response.headers.get('content-type') ?? '', /text\/html/);
  });
});

describe('report failure switch', () => {
  let server: RunningServer;
  before(async () => {
    server = await startServer({ port: 0 });
  });
  after(() => server.close());

  const report = async (as: DemoUser = 'ben', id = 'weekly-sync') => {
    const response = await call(server, `/v1/conversations/${id}/report.pdf`, { as });
    const body = (await response.json()) as { error: { code: string } };
    return { status: response.status, code: body.error.code };
  };
  const setFailure = (status: unknown) =>
    call(server, '/dev/report-failure', { as: 'ben', method: 'POST', json: { status } });

  test('without a forced failure the report is a PDF named as the product says', async () => {
    const response = await call(server, '/v1/conversations/weekly-sync/report.pdf', { as: 'ben' });
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'application/pdf');
    assert.match(
      response.headers.get('content-disposition') ?? '',
      /^attachment; filename="Conversation Insights Report\.pdf"/,
    );
    const bytes = new Uint8Array(await response.arrayBuffer());
    assert.equal(new TextDecoder().decode(bytes.subarray(0, 5)), '%PDF-');
  });

  test('the switch makes the report fail with 503, 501, and back', async () => {
    assert.equal((await setFailure(503)).status, 200);
    assert.deepEqual(await report(), { status: 503, code: 'unavailable' });
    const current = await call(server, '/dev/report-failure', { as: 'ben' });
    assert.deepEqual(await current.json(), { status: 503 });

    assert.equal((await setFailure(501)).status, 200);
    assert.deepEqual(await report(), { status: 501, code: 'unsupported' });

    assert.equal((await setFailure(null)).status, 200);
    assert.deepEqual(
      await call(server, '/dev/report-failure', { as: 'ben' }).then((response) => response.json()),
      {
        status: null,
      },
    );
    assert.equal((await call(server, '/v1/conversations/weekly-sync/report.pdf', { as: 'ben' })).status, 200);
  });

  test('read access and readiness are checked before the forced failure', async () => {
    await setFailure(503);
    assert.equal((await report('dee')).status, 403);
    assert.equal((await report('ben', 'roadmap-review')).status, 409);
    await setFailure(null);
  });

  test('the switch accepts only 501, 503 or null', async () => {
    for (const status of [500, '503x', 200, undefined]) assert.equal((await setFailure(status)).status, 400);
    const notJson = await fetch(`${server.origin}/dev/report-failure`, {
      method: 'POST',
      headers: { Authorization: 'Bearer demo-ben', 'Content-Type': 'application/json' },
      body: 'status=503',
    });
    assert.equal(notJson.status, 400);
  });

  test('a server can start with the report failing', async () => {
    const failing = await startServer({ port: 0, reportFailure: 503 });
    try {
      const response = await call(failing, '/v1/conversations/weekly-sync/report.pdf', { as: 'cy' });
      assert.equal(response.status, 503);
    } finally {
      await failing.close();
    }
  });
});

describe('companion threads', () => {
  let server: RunningServer;
  before(async () => {
    server = await startServer({ port: 0 });
  });
  after(() => server.close());

  const startThread = async (suggestion: string, as: DemoUser = 'ben') => {
    const response = await call(server, '/v1/companion/threads', {
      as,
      method: 'POST',
      json: { conversationId: 'weekly-sync', suggestion },
    });
    assert.equal(response.status, 201);
    return (await response.json()) as { id: string; url: string; suggestion: string };
  };

  test('a new thread comes back with its page URL and suggestion', async () => {
    const thread = await startThread('Summarize this meeting…');
    assert.equal(thread.suggestion, 'Summarize this meeting…');
    assert.equal(thread.url, `${server.origin}/companion/${thread.id}`);
  });

  test('the thread page shows the conversation, an empty message box and the suggestion to pick', async () => {
    const thread = await startThread('Summarize this meeting…');
    const path = new URL(thread.url).pathname;
    const response = await call(server, path, { as: 'ben' });
    assert.equal(response.status, 200);
    const page = await response.text();
    assert.match(page, /Weekly Sales Sync/);
    assert.doesNotMatch(page, /<input[^>]*value=/);
    assert.match(page, /<button[^>]*name="message"[^>]*value="Summarize this meeting"/);
    assert.match(page, /<button type="submit">Send<\/button>/);
  });

  test('a sent message shows in the thread, escaped', async () => {
    const path = new URL((await startThread('Summarize this meeting…')).url).pathname;
    const query = `?message=${encodeURIComponent('<b>What did we decide?</b>')}&message=Summarize+this+meeting`;
    const page = await (await call(server, path + query, { as: 'ben' })).text();
    assert.match(
      page,
      /class="companion-message"><span class="companion-author">You<\/span> Summarize this meeting</,
    );
    const typed = await (
      await call(server, `${path}?message=${encodeURIComponent('<b>Hi</b>')}`, { as: 'ben' })
    ).text();
    assert.match(typed, /&lt;b&gt;Hi&lt;\/b&gt;/);
    assert.doesNotMatch(typed, /companion-suggestions/);
  });

  test('a thread is readable only by the person who started it', async () => {
    const path = new URL((await startThread('Summarize this meeting…', 'ben')).url).pathname;
    // cy reads every conversation, ada created this one: neither may read ben's thread.
    for (const other of ['cy', 'ada'] as const) {
      const response = await call(server, path, { as: other });
      assert.equal(response.status, 403, other);
      const page = await response.text();
      assert.match(page, /only the person who started a Companion thread\s+can open it/i);
      assert.doesNotMatch(page, /Summarize this meeting/);
    }
    assert.equal((await call(server, path, { as: 'ben' })).status, 200);
  });

  test('the thread page needs sign-in and read access to the conversation', async () => {
    const path = new URL((await startThread('Summarize this meeting…')).url).pathname;
    const signedOut = await call(server, path);
    assert.equal(signedOut.status, 303);
    assert.equal(signedOut.headers.get('location'), `/sign-in?next=${encodeURIComponent(path)}`);
    const dee = await call(server, path, { as: 'dee' });
    assert.equal(dee.status, 403);
    assert.match(await dee.text(), /Settings → Roles/);
    assert.equal((await call(server, '/companion/thr_unknown', { as: 'ben' })).status, 404);
  });

  test('the suggestion is shown as text, never as markup', async () => {
    const thread = await startThread('<img src=x onerror=alert(1)> "quoted"');
    const page = await (await call(server, new URL(thread.url).pathname, { as: 'ben' })).text();
    assert.doesNotMatch(page, /<img src=x/);
    assert.match(page, /value="&lt;img src=x onerror=alert\(1\)&gt; &quot;quoted&quot;"/);
  });
});
