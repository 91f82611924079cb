// `npm run build`: the publishable ESM build in dist/ (JavaScript, declarations, source maps) from src/,
// plus the report fonts and their licences (src/report/fonts links into the font packages), and the
// typings and editor data generated from custom-elements.json.
import { execFileSync } from 'node:child_process';
import { cpSync, rmSync } from 'node:fs';
import { buildCdn } from './build-cdn.mjs';
import { bundleDeps } from './bundle-deps.mjs';
import { makeIntegrations } from './make-integrations.mjs';
import { minifyCssLiterals } from './minify-css.mjs';

const root = new URL('../', import.meta.url).pathname;
rmSync(`${root}dist`, { recursive: true, force: true });
execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], {
  cwd: root,
  stdio: 'inherit',
});
// dereference: the published files are the fonts themselves, not links into this machine's node_modules.
cpSync(`${root}src/report/fonts`, `${root}dist/report/fonts`, { recursive: true, dereference: true });
await bundleDeps(root);
const saved = await minifyCssLiterals(`${root}dist`);
await makeIntegrations();
const cdn = await buildCdn(root);
console.log(`Built dist/ (CSS in templates minified: ${(saved / 1024).toFixed(1)} KiB less)`);
console.log(`Built cdn/: ${cdn.files} modules, ${cdn.assets} files they load by URL`);
