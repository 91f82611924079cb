import { fileURLToPath } from 'node:url';

// webpack 5 as a host configures it for an app: no rules for the package; its worker and fonts are found
// through new Worker(new URL(…)) and new URL(…) on their own.
export default {
  mode: 'production',
  entry: '../host.js',
  context: fileURLToPath(new URL('.', import.meta.url)),
  output: { path: fileURLToPath(new URL('./out', import.meta.url)), filename: 'main.js', clean: false },
  performance: { hints: false },
};
