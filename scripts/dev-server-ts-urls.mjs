import { existsSync } from 'node:fs';

const root = new URL('../', import.meta.url).pathname;

/**
 * Sources import each other as `./x.js` (what the build emits). The esbuild plugin resolves such imports
 * to `.ts`, but a URL built with `new URL('./worker.js', import.meta.url)` is fetched as written, so
 * this middleware serves `x.ts` for a missing `x.js` under src/ and test/, as the build's output would.
 */
export function typeScriptForMissingJs() {
  return async (context, next) => {
    const path = context.path;
    if (/^\/(src|test)\//.test(path) && path.endsWith('.js') && !existsSync(root + path.slice(1))) {
      const ts = path.replace(/\.js$/, '.ts');
      if (existsSync(root + ts.slice(1)))
        context.url = ts + (context.querystring ? `?${context.querystring}` : '');
    }
    return next();
  };
}
