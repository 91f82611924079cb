import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startServer } from '../../server/serve.js';
import { call, createLink, tokenOf, type DemoUser, type RunningServer } from './helpers/server.js';

describe('landing pages lead somewhere', () => {
  let server: RunningServer;
  let linkPath: string;
  before(async () => {
    server = await startServer({ port: 0 });
    linkPath = `/s/${tokenOf((await createLink(server, 'ada', 'weekly-sync')).url)}`;
  });
  after(() => server.close());

  const page = async (path: string, as?: DemoUser) => {
    const response = await call(server, path, { as });
    return { status: response.status, html: await response.text(), headers: response.headers };
  };

  test('signed out, a link leads to a sign-in page that says a shared conversation is waiting', async () => {
    const landing = await call(server, linkPath);
    assert.equal(landing.status, 303);
    const signIn = await page(landing.headers.get('location')!);
    assert.equal(signIn.status, 200);
    assert.match(signIn.html, /A shared conversation is waiting/);
    assert.match(signIn.html, /Not signed in/);
    assert.doesNotMatch((await page('/sign-in')).html, /A shared conversation is waiting/);
  });

  test('no access: who is signed in, why, and what to ask an admin (403)', async () => {
    const noAccess = await page(linkPath, 'dee');
    assert.equal(noAccess.status, 403);
    assert.match(noAccess.html, /Signed in as <strong>Dee Lindqvist<\/strong>/);
    assert.match(noAccess.html, /Your role reads conversations of teams: support/);
    assert.match(noAccess.html, /Ask an admin to widen your role's read scope/);
  });

  test('revoked or deleted: 410, saying which, with a link home', async () => {
    const revokedLink = await createLink(server, 'ben', 'weekly-sync');
    await call(server, `/v1/conversations/weekly-sync/share-links/${revokedLink.id}`, {
      as: 'ben',
      method: 'DELETE',
    });
    const revoked = await page(`/s/${tokenOf(revokedLink.url)}`, 'ben');
    assert.equal(revoked.status, 410);
    assert.match(revoked.html, /revoked it/);
    assert.match(revoked.html, /<a href="\/">Go to Harmony<\/a>/);

    const deletedLink = await createLink(server, 'cy', 'global-kickoff');
    await call(server, '/v1/conversations/global-kickoff', { as: 'cy', method: 'DELETE' });
    const deleted = await page(`/s/${tokenOf(deletedLink.url)}`, 'cy');
    assert.equal(deleted.status, 410);
    assert.match(deleted.html, /was deleted/);
    assert.match(deleted.html, /<a href="\/">Go to Harmony<\/a>/);
  });

  test("every server page shows the product's top bar and who is signed in", async () => {
    for (const [path, as] of [
      ['/sign-in', 'ben'],
      ['/nowhere', 'cy'],
      [linkPath, 'dee'],
    ] as const) {
      const { html } = await page(path, as);
      assert.match(html, /<header class="topbar">\s*<a class="brand" href="\/">Harmony<\/a>/, path);
      assert.match(html, /Signed in as <strong>/, path);
    }
  });
});

describe('headers on every page', () => {
  let server: RunningServer;
  before(async () => {
    server = await startServer({ port: 0 });
  });
  after(() => server.close());

  const paths = ['/sign-in', '/conversations/weekly-sync', '/nowhere', '/v1/conversations/weekly-sync'];

  test('a Content-Security-Policy that allows no inline script', async () => {
    for (const path of paths) {
      const csp = (await call(server, path, { as: 'ben' })).headers.get('content-security-policy') ?? '';
      assert.match(csp, /script-src 'self'(;|$)/, path);
      assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/, path);
      assert.match(csp, /frame-ancestors 'none'/, path);
    }
  });

  test('pages carry no inline script or style', async () => {
    for (const path of ['/sign-in', '/conversations/weekly-sync', '/nowhere']) {
      const html = await (await call(server, path, { as: 'ben' })).text();
      assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)[^>]*>/, `${path}: inline script`);
      assert.doesNotMatch(html, /<style|\sstyle="|\son[a-z]+="/, `${path}: inline style or handler`);
    }
  });

  test('pages and API answers are never stored; hashed demo files may be', async () => {
    for (const path of paths) {
      assert.equal((await call(server, path, { as: 'ben' })).headers.get('cache-control'), 'no-store', path);
    }
    assert.equal((await call(server, '/demo/base.css')).headers.get('cache-control'), 'no-cache');
  });
});

describe('source maps only in development', () => {
  for (const development of [true, false]) {
    test(`development: ${development}`, async () => {
      const server = await startServer({ port: 0, development });
      try {
        const script = await (await call(server, '/demo/main.js')).text();
        assert.equal(script.includes('//# sourceMappingURL=main.js.map'), development);
        assert.equal((await call(server, '/demo/main.js.map')).status, development ? 200 : 404);
      } finally {
        await server.close();
      }
    });
  }
});

describe('links made to expire', () => {
  const DAY = 24 * 60 * 60 * 1000;
  let clock = Date.parse('2025-06-12T09:00:00Z');
  let server: RunningServer;
  before(async () => {
    server = await startServer({ port: 0, now: () => clock });
  });
  after(() => server.close());

  const create = (body: unknown) =>
    call(server, '/v1/conversations/weekly-sync/share-links', { as: 'ben', method: 'POST', json: body });

  test('a link made for one day opens until then, and answers 410 "expired" after', async () => {
    const response = await create({ expiresInDays: 1 });
    assert.equal(response.status, 201);
    const link = (await response.json()) as { url: string; expiresAt: string };
    assert.equal(link.expiresAt, new Date(clock + DAY).toISOString());
    const path = `/s/${tokenOf(link.url)}`;
    clock += DAY - 1000;
    assert.equal((await call(server, path, { as: 'ben' })).status, 302);
    clock += 1000;
    const expired = await call(server, path, { as: 'ben' });
    assert.equal(expired.status, 410);
    assert.match(await expired.text(), /made to expire/);
  });

  test('without an expiry a link has none; only 1, 7 or 30 days are accepted', async () => {
    const forever = (await (await create({})).json()) as Record<string, unknown>;
    assert.equal('expiresAt' in forever, false);
    const bads = [0, -1, 2, 365, 7.5, '7', null, true].map((expiresInDays) => ({ expiresInDays }));
    for (const bad of [...bads, [], 7, 'x']) {
      const response = await create(bad);
      assert.equal(response.status, 400, JSON.stringify(bad));
      const { error } = (await response.json()) as { error: { message: string } };
      assert.match(error.message, /"expiresInDays": 1 \| 7 \| 30/, 'says what to send');
    }
    for (const days of [1, 7, 30]) {
      const link = (await (await create({ expiresInDays: days })).json()) as { expiresAt: string };
      assert.equal(link.expiresAt, new Date(clock + days * DAY).toISOString());
    }
  });

  test("the demo's switch expires the caller's timed links now, and no one else's", async () => {
    const timed = (await (await create({ expiresInDays: 30 })).json()) as { url: string };
    const forever = (await (await create({})).json()) as { url: string };
    const othersResponse = await call(server, '/v1/conversations/weekly-sync/share-links', {
      as: 'cy',
      method: 'POST',
      json: { expiresInDays: 30 },
    });
    const others = (await othersResponse.json()) as { url: string };
    const expire = await call(server, '/dev/expire-links', { as: 'ben', method: 'POST', json: {} });
    assert.equal(expire.status, 200);
    assert.ok(((await expire.json()) as { expired: number }).expired >= 1);
    const opened = async (url: string) => (await call(server, `/s/${tokenOf(url)}`, { as: 'ben' })).status;
    assert.equal(await opened(timed.url), 410);
    assert.equal(await opened(forever.url), 302, 'a link without an expiry keeps working');
    assert.equal(await opened(others.url), 302, "another person's link is untouched");
    const anonymous = await call(server, '/dev/expire-links', { method: 'POST', json: {} });
    assert.equal(anonymous.status, 401);
  });
});
