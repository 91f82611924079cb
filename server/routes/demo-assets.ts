import { Hono } from 'hono';
import { demoFiles } from '../demo-bundle.js';
import { readDemoFile } from '../demo-files.js';
import type { AppEnv } from '../env.js';

/** The demo page's built script (with its lazy chunks, worker and fonts) and its style sheets, under /demo/. */
export function demoAssetRoutes(development: boolean): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();

  // The pattern admits plain file names only, so no request can reach outside demo/.
  routes.get('/:file{[a-z0-9-]+\\.css}', async (c) => {
    const css = await readDemoFile(c.req.param('file')).catch(() => undefined);
    if (css === undefined) return c.notFound();
    c.header('Cache-Control', 'no-cache');
    return c.body(css, 200, { 'Content-Type': 'text/css; charset=utf-8' });
  });

  // Only names the build produced are served: the map is the allow-list.
  routes.get('/*', async (c) => {
    let files;
    try {
      files = await demoFiles(development);
    } catch (error) {
      console.error('Building the demo failed:', error);
      return c.text('Building the demo script failed; see the server log.', 500);
    }
    const file = files.get(c.req.path.replace(/^\/demo\//, ''));
    if (!file) return c.notFound();
    // main.js keeps its name between builds; the hashed chunks and assets never change.
    c.header(
      'Cache-Control',
      c.req.path.endsWith('/main.js') ? 'no-cache' : 'public, max-age=31536000, immutable',
    );
    return c.body(
      typeof file.body === 'string' ? file.body : (file.body.slice().buffer as ArrayBuffer),
      200,
      {
        'Content-Type': file.type,
      },
    );
  });

  return routes;
}
