import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { refuse } from './refusal.js';

export const MAX_BODY_BYTES = 64 * 1024;
/** Request head limit handed to Node's HTTP parser, which answers 431 past it. */
export const MAX_HEADER_BYTES = 8 * 1024;
const MAX_PATH_LENGTH = 1024;
const MAX_QUERY_LENGTH = 2048;

const limitBody = bodyLimit({
  maxSize: MAX_BODY_BYTES,
  onError: (c) => {
    c.header('Connection', 'close');
    return refuse(c, 413, 'body-too-large', `Request bodies are limited to ${MAX_BODY_BYTES} bytes.`);
  },
});

/**
 * Bodies stop at 64 KiB: a declared Content-Length over it is refused unread, a chunked body as soon
 * as its count passes it, before any route or sign-in check. `Connection: close` lets the server drop
 * the rest instead of draining it.
 */
export const boundedBody: MiddlewareHandler = async (c, next) => {
  const chunked = c.req.header('transfer-encoding') !== undefined;
  // HTTP/1.1: with neither header there is no body to count.
  if (!chunked && c.req.header('content-length') === undefined) return next();
  if (chunked) {
    // bodyLimit re-wraps the request it counted; it needs a standard Request for that, not the
    // Node adapter's lazy one (the server leaves the global Request class alone).
    const raw = c.req.raw;
    c.req.raw = new Request(raw.url, {
      method: raw.method,
      headers: raw.headers,
      body: raw.body,
      duplex: 'half',
    } as RequestInit);
  }
  return limitBody(c, next);
};

/** Paths and query strings beyond any the product makes are refused before routing. */
export const boundedUrl: MiddlewareHandler = async (c, next) => {
  const url = c.req.url;
  const queryStart = url.indexOf('?');
  const path = c.req.path;
  if (path.length > MAX_PATH_LENGTH || (queryStart >= 0 && url.length - queryStart - 1 > MAX_QUERY_LENGTH)) {
    return refuse(c, 414, 'input-too-long', 'The address is longer than this server accepts.');
  }
  await next();
};
