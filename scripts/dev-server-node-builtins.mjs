/**
 * A @web/dev-server plugin for packages that import a Node built-in only on a
 * branch browsers never take: harfbuzzjs's Emscripten loader does
 * `await import('module')` when it runs in Node. Bundlers leave such an import
 * alone; the dev server resolves every import up front and fails, so the named
 * built-ins are served as a module whose exports throw if ever called.
 */
export function nodeBuiltinsAsStubs(names) {
  const prefix = '/__node-builtin-stub/';
  return {
    name: 'node-builtins-as-stubs',
    resolveImport({ source }) {
      const name = source.replace(/^node:/, '');
      return names.includes(name) ? `${prefix}${name}.js` : undefined;
    },
    serve(context) {
      if (!context.path.startsWith(prefix)) return undefined;
      const name = context.path.slice(prefix.length, -'.js'.length);
      const body = `const missing = () => { throw new Error('node:${name} is not available in a browser'); };
export const createRequire = missing;
export default {};`;
      return { body, type: 'js' };
    },
  };
}
