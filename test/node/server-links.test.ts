import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startServer } from '../../server/serve.js';
import { call, createLink, postSignIn, signIn, tokenOf, type RunningServer } from './helpers/server.js';

describe('share link landing', () => {
  let server: RunningServer;
  let linkPath: string;
  before(async () => {
    server = await startServer({ port: 0 });
    linkPath = new URL((await createLink(server, 'ada', 'weekly-sync')).url).pathname;
  });
  after(() => server.close());

  test('signed out, a link sends the visitor to sign in and back', async () => {
    const response = await call(server, linkPath);
    assert.equal(response.status, 303);
    assert.equal(response.headers.get('location'), `/sign-in?next=${encodeURIComponent(linkPath)}`);
  });

  test('signing in through the form leads back to the link, then to the conversation', async () => {
    const signedIn = await postSignIn(server, { user: 'ben', next: linkPath });
    assert.equal(signedIn.status, 303);
    assert.equal(signedIn.headers.get('location'), linkPath);
    const setCookies = signedIn.headers.getSetCookie();
    assert.equal(setCookies.length, 1);
    const setCookie = setCookies[0]!;
    assert.match(setCookie, /HttpOnly/i);
    assert.match(setCookie, /SameSite=Lax/i);
    const [name, value] = setCookie.split(';')[0]!.split('=');
    assert.ok(name && value);
    assert.match(value, /^[A-Za-z0-9_-]{22,}$/, 'a session token of at least 128 bits');

    const landing = await call(server, linkPath, { cookie: `${name}=${value}` });
    assert.equal(landing.status, 302);
    assert.equal(landing.headers.get('location'), '/conversations/weekly-sync');
  });

  test('a signed-in user whose role cannot read the conversation gets the no-access page', async () => {
    const landing = await call(server, linkPath, { cookie: await signIn(server, 'dee') });
    assert.equal(landing.status, 403);
    assert.match(landing.headers.get('content-type') ?? '', /text\/html/);
    const page = await landing.text();
    assert.match(page, /Settings → Roles/);
    assert.match(page, /read scope/);
  });

  test('bearer tokens work on the landing too', async () => {
    assert.equal((await call(server, linkPath, { as: 'cy' })).status, 302);
    assert.equal((await call(server, linkPath, { as: 'dee' })).status, 403);
    const stranger = await call(server, linkPath, { headers: { Authorization: 'Bearer demo-mallory' } });
    assert.equal(stranger.status, 303, 'an unknown bearer is signed out');
  });

  test('a link never grants access: every open checks the scope again', async () => {
    const dee = await signIn(server, 'dee');
    for (let open = 0; open < 3; open++)
      assert.equal((await call(server, linkPath, { cookie: dee })).status, 403);
  });

  test('an unknown or malformed token is a 404 page', async () => {
    for (const path of ['/s/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', '/s/not.a.token', `/s/${'x'.repeat(200)}`]) {
      const response = await call(server, path, { as: 'cy' });
      assert.equal(response.status, 404, path);
      assert.match(response.headers.get('content-type') ?? '', /text\/html/);
    }
  });
});

describe('share links that stop working', () => {
  let server: RunningServer;
  before(async () => {
    server = await startServer({ port: 0 });
  });
  after(() => server.close());

  test('a revoked link answers 410', async () => {
    const link = await createLink(server, 'ben', 'global-kickoff');
    const path = new URL(link.url).pathname;
    assert.equal((await call(server, path, { as: 'dee' })).status, 302);
    const revoked = await call(server, `/v1/conversations/global-kickoff/share-links/${link.id}`, {
      as: 'ben',
      method: 'DELETE',
    });
    assert.equal(revoked.status, 204);
    const landing = await call(server, path, { as: 'dee' });
    assert.equal(landing.status, 410);
    assert.match(await landing.text(), /no longer works/);
  });

  test('deleting the conversation ends every link to it', async () => {
    const links = [
      await createLink(server, 'ada', 'weekly-sync'),
      await createLink(server, 'ben', 'weekly-sync'),
    ];
    assert.equal(
      (await call(server, '/v1/conversations/weekly-sync', { as: 'ada', method: 'DELETE' })).status,
      204,
    );
    for (const link of links) {
      const status = (await call(server, `/s/${tokenOf(link.url)}`, { as: 'cy' })).status;
      assert.ok(status === 410 || status === 404, `status ${status}`);
    }
  });
});

describe('sign-in and sign-out', () => {
  let server: RunningServer;
  before(async () => {
    server = await startServer({ port: 0 });
  });
  after(() => server.close());

  const locationAfterSignIn = async (next: string) =>
    (await postSignIn(server, { user: 'ben', next })).headers.get('location');

  test('next may only be a path on this site', async () => {
    for (const next of [
      '//evil.example',
      '//evil.example/s/abc',
      'https://evil.example/',
      '/\\evil.example',
      '/\t/evil.example',
      'javascript:alert(1)',
      'evil.example',
      '',
    ]) {
      assert.equal(await locationAfterSignIn(next), '/', JSON.stringify(next));
    }
    assert.equal(
      await locationAfterSignIn('/conversations/weekly-sync?tab=insights'),
      '/conversations/weekly-sync?tab=insights',
    );
  });

  test('the sign-in page does not carry an off-site next into its form', async () => {
    const page = await (await call(server, `/sign-in?next=${encodeURIComponent('//evil.example')}`)).text();
    assert.doesNotMatch(page, /evil\.example/);
    assert.match(page, /name="next" value="\/"/);
  });

  test('an unknown user cannot sign in', async () => {
    const response = await postSignIn(server, { user: 'mallory', next: '/' });
    assert.equal(response.status, 400);
    assert.deepEqual(response.headers.getSetCookie(), []);
    assert.match(await response.text(), /role="alert"/);
  });

  test('signing out ends the session', async () => {
    const cookie = await signIn(server, 'ben');
    assert.equal((await call(server, '/v1/me', { cookie })).status, 200);
    // As the page's sign-out button does: a sign-out from anywhere else is refused.
    const signedOut = await call(server, '/sign-out', {
      cookie,
      method: 'POST',
      headers: { Origin: server.origin },
    });
    assert.equal(signedOut.status, 303);
    assert.match(signedOut.headers.getSetCookie().join('\n'), /Max-Age=0|Expires=Thu, 01 Jan 1970/i);
    assert.equal((await call(server, '/v1/me', { cookie })).status, 401, 'the old cookie is dead');
  });

  test('switching users replaces the session', async () => {
    const ben = await signIn(server, 'ben');
    const switched = await postSignIn(server, { user: 'dee', next: '/' }, ben);
    const dee = switched.headers.getSetCookie()[0]!.split(';')[0]!;
    assert.notEqual(dee, ben);
    assert.equal(
      ((await (await call(server, '/v1/me', { cookie: dee })).json()) as { id: string }).id,
      'dee',
    );
    assert.equal((await call(server, '/v1/me', { cookie: ben })).status, 401);
  });

  test('an invented session cookie is signed out', async () => {
    const response = await call(server, '/v1/me', {
      cookie: 'harmony_session=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
    });
    assert.equal(response.status, 401);
  });
});
