import { build } from 'esbuild';

const root = new URL('../', import.meta.url).pathname;

/**
 * A @web/dev-server plugin that serves CommonJS-only packages as one
 * esbuild-bundled ES module, so browser tests can `import('qrcode')` the way a
 * bundler-built app does. Bundles are built once per package and cached.
 */
export function commonJsPackagesAsEsm(packageNames) {
  const bundles = new Map();
  const prefix = '/__cjs-as-esm/';
  const bundle = (name) => {
    if (!bundles.has(name)) {
      bundles.set(
        name,
        build({
          // Through an import, so esbuild picks the package's `browser` entry (qrcode's main one needs Node).
          stdin: { contents: `import m from '${name}'; export default m;`, resolveDir: root },
          bundle: true,
          format: 'esm',
          platform: 'browser',
          write: false,
          logLevel: 'silent',
        }).then((result) => result.outputFiles[0].text),
      );
    }
    return bundles.get(name);
  };
  return {
    name: 'commonjs-packages-as-esm',
    resolveImport({ source }) {
      if (packageNames.includes(source)) return `${prefix}${source}.js`;
      return undefined;
    },
    async serve(context) {
      if (!context.path.startsWith(prefix)) return undefined;
      const name = context.path.slice(prefix.length, -'.js'.length);
      if (!packageNames.includes(name)) return undefined;
      return { body: await bundle(name), type: 'js' };
    },
  };
}
