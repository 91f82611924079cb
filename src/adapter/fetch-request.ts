import { HarmonyError } from './errors.js';
import type { HttpClient, HttpRequest } from './http/http-client.js';
import { invalidResponse, readJson } from './http/response.js';
import type { RequestOptions } from './types.js';
import { isSafeNavigableUrl } from './url-policy.js';

/** What is wrong with a parsed body; empty when it has the expected shape. */
export type ShapeCheck = (value: unknown) => string[];

/** What every request of one fetch adapter shares. */
export interface FetchContext {
  http: HttpClient;
  /** The API's origin: the one place besides https that a `url` in an answer may point to over http. */
  apiOrigin: string;
  timeoutMs: number;
  reportTimeoutMs: number;
}

export function request(
  context: FetchContext,
  method: HttpRequest<unknown>['method'],
  path: string,
  options: RequestOptions,
): Omit<HttpRequest<unknown>, 'read'> {
  return { method, path, accept: 'application/json', timeoutMs: context.timeoutMs, signal: options.signal };
}

/**
 * Reads a JSON body of the expected shape. With `urlChecked`, its `url` (shown, copied or opened by
 * the elements) must be https, or http on the API's own origin: never javascript:, data: or the like.
 */
export function jsonReader<T>(
  context: FetchContext,
  check: ShapeCheck,
  { urlChecked = false } = {},
): HttpRequest<T>['read'] {
  return async (response, sent) => {
    const body = await readJson(response, sent);
    const problems = check(body);
    if (problems.length > 0) {
      const sample = problems.slice(0, 3).join('; ');
      throw invalidResponse(sent, `a body of the wrong shape (${sample})`, response);
    }
    const url = (body as { url?: unknown }).url;
    if (urlChecked && url !== undefined && !isSafeNavigableUrl(url, context.apiOrigin)) {
      throw invalidResponse(sent, 'a url that is not safe to open', response);
    }
    return body as T;
  };
}

export function conversationPath(id: string): string {
  return `/v1/conversations/${encodeSegment(id, 'conversation')}`;
}

/**
 * One path segment from an id. encodeURIComponent keeps "/", "?" and "#" from changing the path, but
 * "." and ".." (also as %2E) stay dot segments that URL parsing resolves, so no id may be only dots.
 */
export function encodeSegment(id: unknown, what: string): string {
  const checked = requireId(id, what);
  if (/^\.{1,2}$/.test(checked)) throw notAnId(checked, what);
  return encodeURIComponent(checked);
}

export function requireId(id: unknown, what: string): string {
  if (typeof id !== 'string' || id === '') throw notAnId(id, what);
  return id;
}

/** No resource can have such an id, so the answer is the server's for an unknown one, without asking. */
function notAnId(id: unknown, what: string): HarmonyError {
  return new HarmonyError('not-found', `"${String(id)}" is not a valid ${what} id.`);
}
