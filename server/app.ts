import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import { apiError } from './api-error.js';
import { identify } from './auth.js';
import type { AppEnv } from './env.js';
import { notFoundPage } from './pages/notices.js';
import type { ReportFailure } from './report-failure.js';
import { apiRoutes } from './routes/api.js';
import { demoAssetRoutes } from './routes/demo-assets.js';
import { devRoutes } from './routes/dev.js';
import { linkLandingRoutes } from './routes/link-landing.js';
import { pageRoutes } from './routes/pages.js';
import { signInRoutes } from './routes/sign-in.js';
import { createStore, type Store } from './store.js';

export interface AppOptions {
  /** Defaults to a fresh store seeded from the fixtures. */
  store?: Store;
  /** Make the report endpoint answer this status; `POST /dev/report-failure` changes it at run time. */
  reportFailure?: ReportFailure;
}

/** API answers are per caller and change with every share or delete: never cache them. */
const noStore: MiddlewareHandler = async (c, next) => {
  await next();
  c.header('Cache-Control', 'no-store');
};

const isMachinePath = (c: Context) => /^\/(v1|dev)(\/|$)/.test(c.req.path);

/** The reference server: the API, share-link landing, sign-in and the demo page. */
export function createApp(options: AppOptions = {}): Hono<AppEnv> {
  const store = options.store ?? createStore();
  const reportFailure = { status: options.reportFailure ?? null };
  const app = new Hono<AppEnv>();

  // HSTS is left out: the server speaks plain HTTP on 127.0.0.1.
  app.use(secureHeaders({ strictTransportSecurity: false }), identify(store));
  app.use('/v1/*', noStore);
  app.use('/dev/*', noStore);

  app.route('/v1', apiRoutes(store, reportFailure));
  app.route('/dev', devRoutes(reportFailure));
  app.route('/demo', demoAssetRoutes());
  app.route('/', signInRoutes(store));
  app.route('/', linkLandingRoutes(store));
  app.route('/', pageRoutes(store));

  app.notFound((c) =>
    isMachinePath(c) ? apiError(c, 404, 'No such endpoint.') : c.html(notFoundPage(), 404),
  );
  app.onError((error, c) => {
    console.error(error);
    return isMachinePath(c)
      ? apiError(c, 500, 'The server failed to handle this request.')
      : c.text('Internal server error', 500);
  });
  return app;
}
