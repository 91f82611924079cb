import type { MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';

/**
 * Every response: scripts, styles, workers and fonts only from this server, no inline script,
 * nothing frames the pages. `data:` images cover the pages' empty favicon; `blob:` is where the
 * browser-made PDF is downloaded from. HSTS is left out: the server speaks plain HTTP on 127.0.0.1.
 */
export const securityHeaders: MiddlewareHandler = secureHeaders({
  strictTransportSecurity: false,
  contentSecurityPolicy: {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'"],
    imgSrc: ["'self'", 'data:', 'blob:'],
    fontSrc: ["'self'"],
    connectSrc: ["'self'"],
    workerSrc: ["'self'", 'blob:'],
    objectSrc: ["'none'"],
    baseUri: ["'none'"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
  },
});
