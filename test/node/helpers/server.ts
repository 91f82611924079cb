import { request as httpRequest } from 'node:http';
import type { RunningServer } from '../../../server/serve.js';

export type { RunningServer };
/** What the helpers need of a server: where it listens. A server in another process has just that. */
export type ServerAddress = Pick<RunningServer, 'origin'>;
export type DemoUser = 'ada' | 'ben' | 'cy' | 'dee';

export interface CallOptions {
  /** Sent as `Authorization: Bearer demo-<as>`; omit for an anonymous call. */
  as?: DemoUser;
  cookie?: string;
  method?: string;
  /** Sent as JSON. */
  json?: unknown;
  headers?: Record<string, string>;
}

/** One request to the server, redirects not followed so tests can see them. */
export function call(server: ServerAddress, path: string, options: CallOptions = {}): Promise<Response> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.as) headers['Authorization'] = `Bearer demo-${options.as}`;
  if (options.cookie) headers['Cookie'] = options.cookie;
  if (options.json !== undefined) headers['Content-Type'] = 'application/json';
  return fetch(`${server.origin}${path}`, {
    method: options.method ?? 'GET',
    headers,
    body: options.json === undefined ? undefined : JSON.stringify(options.json),
    redirect: 'manual',
  });
}

/**
 * Posts the sign-in form the way a browser does from the server's own sign-in page: with its
 * `Origin` and `Sec-Fetch-Site: same-origin` (the server refuses sign-ins from anywhere else).
 */
export function postSignIn(server: ServerAddress, fields: Record<string, string>, cookie?: string) {
  return fetch(`${server.origin}/sign-in`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/x-www-form-urlencoded',
      Origin: server.origin,
      'Sec-Fetch-Site': 'same-origin',
      ...(cookie ? { Cookie: cookie } : {}),
    },
    body: new URLSearchParams(fields),
    redirect: 'manual',
  });
}

/** Signs in through the form and returns the `name=value` pair to send back as a Cookie header. */
export async function signIn(server: ServerAddress, user: DemoUser): Promise<string> {
  const response = await postSignIn(server, { user, next: '/' });
  const [setCookie] = response.headers.getSetCookie();
  if (response.status !== 303 || !setCookie)
    throw new Error(`sign-in as ${user} answered ${response.status}`);
  return setCookie.split(';')[0]!;
}

/** A share link's token, the last path segment of its URL. */
export const tokenOf = (linkUrl: string) => new URL(linkUrl).pathname.split('/').pop()!;

export async function createLink(server: ServerAddress, as: DemoUser, conversationId: string) {
  const response = await call(server, `/v1/conversations/${conversationId}/share-links`, {
    as,
    method: 'POST',
  });
  if (response.status !== 201) throw new Error(`creating a link answered ${response.status}`);
  return (await response.json()) as { id: string; url: string; createdAt: string };
}

/**
 * GET with the path sent exactly as written: fetch() would normalise "..", "%2e" and the like first,
 * and those are just what a server must survive.
 */
export function rawGet(
  server: ServerAddress,
  path: string,
  as?: DemoUser,
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      `${server.origin}/`,
      { path, headers: as ? { Authorization: `Bearer demo-${as}` } : {} },
      (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (body += chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
      },
    );
    request.on('error', reject);
    request.end();
  });
}

/**
 * A request with headers fetch() will not send as given, such as `Host`: the way a DNS-rebinding
 * page or a hand-made client reaches the server.
 */
export function rawRequest(
  server: ServerAddress,
  options: { method?: string; path: string; headers: Record<string, string> },
): Promise<{ status: number; body: string; headers: Record<string, string | string[] | undefined> }> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      `${server.origin}/`,
      { method: options.method ?? 'GET', path: options.path, headers: options.headers },
      (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (body += chunk));
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, body, headers: response.headers }),
        );
      },
    );
    request.on('error', reject);
    request.end();
  });
}
