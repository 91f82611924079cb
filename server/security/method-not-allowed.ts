import type { Context } from 'hono';
import type { Router } from 'hono/router';
import type { H, RouterRoute } from 'hono/types';
import { refuse } from './refusal.js';

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

/** What this needs of the app: its router. */
export interface Routed {
  router: Router<[H, RouterRoute]>;
}

/**
 * For a request no route answered: the methods that some route (not middleware, whose method is
 * ALL) takes on this path. Asks the app's own router, so it can never disagree with the routes.
 */
function allowedMethods(app: Routed, path: string): string[] {
  return METHODS.filter((method) => {
    const [matches] = app.router.match(method, path);
    return matches.some(([[, route]]) => route.method !== 'ALL');
  });
}

/** 405 with `Allow` when the path is known but the method is not; undefined otherwise. */
export function methodNotAllowed(app: Routed, c: Context): Response | undefined {
  const allowed = allowedMethods(app, c.req.path);
  // A route that takes this method and still found nothing is a plain 404.
  const method = c.req.method === 'HEAD' ? 'GET' : c.req.method;
  if (allowed.length === 0 || allowed.includes(method)) return undefined;
  if (allowed.includes('GET')) allowed.push('HEAD');
  c.header('Allow', allowed.join(', '));
  return refuse(c, 405, 'method-not-allowed', `This address takes ${allowed.join(', ')}.`);
}
