import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { apiError } from './api-error.js';
import { identify } from './auth.js';
import type { AppEnv } from './env.js';
import { notFoundPage } from './pages/notices.js';
import type { ReportFailure } from './report-failure.js';
import type { ReportPool } from './report/pool.js';
import { apiRoutes } from './routes/api.js';
import { requireCaller } from './routes/api-guards.js';
import { demoAssetRoutes } from './routes/demo-assets.js';
import { devRoutes } from './routes/dev.js';
import { linkLandingRoutes } from './routes/link-landing.js';
import { pageRoutes } from './routes/pages.js';
import { signInRoutes } from './routes/sign-in.js';
import { boundedBody, boundedUrl } from './security/bounds.js';
import { securityHeaders } from './security/headers.js';
import { hostCheck } from './security/host-check.js';
import { jsonBodiesOnly } from './security/json-only.js';
import { methodNotAllowed } from './security/method-not-allowed.js';
import { sameOriginWrites } from './security/same-origin.js';
import { signInRateLimit } from './security/sign-in-rate.js';
import type { Store } from './store/index.js';

export interface AppOptions {
  store: Store;
  reportPool: ReportPool;
  /** Where every URL the server returns points (`PUBLIC_ORIGIN`), e.g. `https://harmony.example`. */
  publicOrigin: string;
  /** Every origin the server answers on, the public one included; other Host headers are refused. */
  servedOrigins: readonly string[];
  /** Source maps for the demo script. */
  development: boolean;
  /** Make the report endpoint answer this status; `POST /dev/report-failure` changes it at run time. */
  reportFailure?: ReportFailure;
  signInAttemptsPerMinute?: number;
}

/**
 * API answers and pages are per caller, show conversation data or carry a token, and change with
 * every share or delete: never cache them. Only the demo's script and style files may be cached.
 */
const noStore: MiddlewareHandler = async (c, next) => {
  await next();
  if (!c.req.path.startsWith('/demo/')) c.header('Cache-Control', 'no-store');
};

const isMachinePath = (c: Context) => /^\/(v1|dev)(\/|$)/.test(c.req.path);

/** The reference server: the API, share-link landing, sign-in and the demo page. */
export function createApp(options: AppOptions): Hono<AppEnv> {
  const { store, publicOrigin } = options;
  const reportFailure = { status: options.reportFailure ?? null };
  const app = new Hono<AppEnv>();

  // The defences run before anything reads the body or the database.
  app.use(securityHeaders, boundedUrl, hostCheck(new Set(options.servedOrigins.map((o) => new URL(o).host))));
  app.use(sameOriginWrites(new Set(options.servedOrigins)), boundedBody);
  app.use(async (c, next) => {
    c.set('publicOrigin', publicOrigin);
    await next();
  });
  app.use(identify(store), noStore);
  app.use('/v1/*', jsonBodiesOnly);
  app.use('/dev/*', jsonBodiesOnly, requireCaller);
  app.post('/sign-in', signInRateLimit(options.signInAttemptsPerMinute ?? 20));

  app.route('/v1', apiRoutes(store, reportFailure, options.reportPool));
  app.route('/dev', devRoutes(reportFailure, store));
  app.route('/demo', demoAssetRoutes(options.development));
  app.route('/', signInRoutes(store));
  app.route('/', linkLandingRoutes(store));
  app.route('/', pageRoutes(store));

  app.notFound(
    (c) =>
      methodNotAllowed(app, c) ??
      (isMachinePath(c) ? apiError(c, 404, 'No such endpoint.') : c.html(notFoundPage(c.get('caller')), 404)),
  );
  app.onError((error, c) => {
    console.error(error);
    return isMachinePath(c)
      ? apiError(c, 500, 'The server failed to handle this request.')
      : c.text('Internal server error', 500);
  });
  return app;
}
