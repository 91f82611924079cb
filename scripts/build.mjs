// `npm run build`: the publishable ESM build in dist/ (JavaScript, declarations, source maps) from src/,
// plus the report's font pieces and their licences (sliced afresh from the font packages), the bundled
// report dependencies, and the typings and editor data generated from custom-elements.json; then cdn/.
import { execFileSync } from 'node:child_process';
import { cpSync, rmSync } from 'node:fs';
import { buildCdn } from './build-cdn.mjs';
import { bundleDeps } from './bundle-deps.mjs';
import { makeIntegrations } from './make-integrations.mjs';
import { minifyCssLiterals } from './minify-css.mjs';

const root = new URL('../', import.meta.url).pathname;
rmSync(`${root}dist`, { recursive: true, force: true });
execFileSync(process.execPath, ['scripts/slice-fonts.mjs'], { cwd: root, stdio: 'inherit' });
execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], {
  cwd: root,
  stdio: 'inherit',
});
cpSync(`${root}src/report/fonts/pieces`, `${root}dist/report/fonts/pieces`, { recursive: true });
// tsc leaves JavaScript sources and wasm where they are: the HarfBuzz copy goes beside the report by hand.
cpSync(`${root}src/report/vendor/harfbuzz`, `${root}dist/report/vendor/harfbuzz`, { recursive: true });
await bundleDeps(root);
const saved = await minifyCssLiterals(`${root}dist`);
await makeIntegrations();
const cdn = await buildCdn(root);
console.log(`Built dist/ (CSS in templates minified: ${(saved / 1024).toFixed(1)} KiB less)`);
console.log(`Built cdn/: ${cdn.files} modules and ${cdn.assets} files copied beside them`);
