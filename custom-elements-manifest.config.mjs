// Generates custom-elements.json: the element contract read by Storybook's docs, IDEs and `npm test`'s freshness check.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/report/**', 'src/adapter/**'],
  outdir: '.',
  litelement: true,
  // The analyzer would otherwise point package.json's customElements field at wherever it last wrote.
  packagejson: false,
  plugins: [
    {
      // The analyzer lists modules in the order the file system returns them, which differs between
      // checkouts; sorted by path, the manifest is the same wherever it is generated.
      name: 'harmony-stable-module-order',
      packageLinkPhase({ customElementsManifest }) {
        customElementsManifest.modules.sort((a, b) => a.path.localeCompare(b.path));
      },
    },
  ],
};
