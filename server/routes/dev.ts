import { Hono } from 'hono';
import { apiError } from '../api-error.js';
import type { AppEnv } from '../env.js';
import { parseReportFailure, type ReportFailureSwitch } from '../report-failure.js';
import type { Store } from '../store/index.js';

/**
 * Switches that exist on the reference server only: `POST /dev/report-failure` with
 * `{ "status": 501 | 503 | null }` makes the report endpoint fail, to show the client-side fallback.
 * Only for a signed-in caller (app.ts), and kept in this process's memory: it is not workspace data.
 * `POST /dev/expire-links` makes the caller's own links that were made to expire expire now, so their
 * landing shows what a recipient meets once the time has passed; nobody else's links change.
 */
export function devRoutes(failure: ReportFailureSwitch, store: Store): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();

  routes.get('/report-failure', (c) => c.json({ status: failure.status }));

  routes.post('/report-failure', async (c) => {
    const body: unknown = await c.req.json().catch(() => undefined);
    const status =
      typeof body === 'object' && body !== null
        ? parseReportFailure((body as { status?: unknown }).status)
        : undefined;
    if (status === undefined) return apiError(c, 400, 'Send JSON { "status": 501 | 503 | null }.');
    failure.status = status;
    return c.json({ status });
  });

  routes.post('/expire-links', async (c) => {
    const expired = await store.expireTimedLinksNow(c.get('user').id);
    return c.json({ expired });
  });

  return routes;
}
