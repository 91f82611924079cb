// Replaces the compiled src/report/deps/*.js with self-contained ES module bundles of the packages they
// re-export (jsPDF, qrcode). The published report then names no package and holds no CommonJS: a module
// worker, Vite's dev server or a page without a bundler loads it as it is, and the packages themselves
// are not installed by hosts (they are devDependencies).
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'esbuild';

// jsPDF imports these only for .html() and SVG, which the report never calls: they are left out, and a
// call that would need one says so instead of loading it.
const NEVER_USED = /^(html2canvas|dompurify|canvg|core-js)(\/|$)/;

const leaveOutUnused = {
  name: 'leave-out-unused',
  setup(build) {
    build.onResolve({ filter: NEVER_USED }, (args) => ({ path: args.path, namespace: 'left-out' }));
    build.onLoad({ filter: /.*/, namespace: 'left-out' }, (args) => ({
      contents: `throw new Error(${JSON.stringify(`${args.path} is not part of the Harmony report renderer.`)});`,
      loader: 'js',
    }));
  },
};

export async function bundleDeps(root) {
  const folder = join(root, 'src/report/deps');
  for (const file of (await readdir(folder)).filter((name) => name.endsWith('.ts'))) {
    await build({
      entryPoints: [join(folder, file)],
      outfile: join(root, 'dist/report/deps', file.replace(/\.ts$/, '.js')),
      bundle: true,
      format: 'esm',
      // The browser builds of both packages: they run in Node 20 too (no fs, no canvas needed).
      platform: 'browser',
      target: 'es2022',
      minify: true,
      legalComments: 'inline',
      sourcemap: true,
      sourcesContent: true,
      plugins: [leaveOutUnused],
      logLevel: 'warning',
    });
  }
}
