// Generates custom-elements.json: the element contract read by Storybook's docs, IDEs and `npm test`'s freshness check.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/report/**', 'src/adapter/**'],
  outdir: '.',
  litelement: true,
  // The analyzer would otherwise point package.json's customElements field at wherever it last wrote.
  packagejson: false,
};
