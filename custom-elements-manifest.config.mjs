// Generates custom-elements.json: the element contract read by Storybook's docs, IDEs, the framework
// typings and `npm test`'s freshness check. It describes the published package (dist/ paths).
import {
  defineEntries,
  publicApiOnly,
  publishedPaths,
  stableModuleOrder,
} from './scripts/manifest/plugins.mjs';

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/report/**', 'src/adapter/**', 'src/react/**'],
  outdir: '.',
  litelement: true,
  // The analyzer would otherwise point package.json's customElements field at wherever it last wrote.
  packagejson: false,
  // Order matters: definitions are found by source path, then every path becomes the published one.
  plugins: [stableModuleOrder, publicApiOnly, defineEntries, publishedPaths],
};
