// Analyzer plugins that make custom-elements.json describe the published package and its public API only.

/** Modules sorted by path: the file system's order differs between checkouts, the manifest must not. */
export const stableModuleOrder = {
  name: 'harmony-stable-module-order',
  packageLinkPhase({ customElementsManifest }) {
    customElementsManifest.modules.sort((a, b) => a.path.localeCompare(b.path));
  },
};

// Static members (tagName, define) belong to the class, not to an element a template sets properties on.
const isPublic = (member) => !member.static && (!member.privacy || member.privacy === 'public');

/**
 * Only what hosts set on an element: static, private and protected members (Lit state, controllers, helpers) are not API,
 * and an event is one a `@event` tag names (the analyzer also guesses events from `dispatchEvent` calls,
 * naming some after a constructor argument or nothing at all).
 */
export const publicApiOnly = {
  name: 'harmony-public-api-only',
  packageLinkPhase({ customElementsManifest }) {
    for (const declaration of declarationsOf(customElementsManifest)) {
      if (declaration.members) declaration.members = declaration.members.filter(isPublic);
      if (declaration.events) {
        const named = declaration.events.filter((event) => event.name?.startsWith('harmony-'));
        declaration.events = named.filter(
          (event, index) => named.findIndex((other) => other.name === event.name) === index,
        );
      }
    }
  },
};

/**
 * `define.js` files register their element through `Class.define()`, which the analyzer cannot see:
 * declare the definitions they make so tools know which import registers which tag.
 */
export const defineEntries = {
  name: 'harmony-define-entries',
  packageLinkPhase({ customElementsManifest }) {
    const elements = new Map();
    for (const module of customElementsManifest.modules) {
      for (const declaration of module.declarations ?? []) {
        if (declaration.customElement && declaration.tagName)
          elements.set(declaration.name, { tagName: declaration.tagName, module: module.path });
      }
    }
    for (const module of customElementsManifest.modules) {
      const definesAll = module.path === 'src/define.ts';
      if (!definesAll && !/^src\/components\/[^/]+\/define\.ts$/.test(module.path)) continue;
      const registered = definesAll
        ? [...elements.keys()]
        : (module.exports ?? []).map((entry) => entry.name).filter((name) => elements.has(name));
      module.exports ??= [];
      for (const name of registered) {
        const { tagName, module: path } = elements.get(name);
        module.exports.push({
          kind: 'custom-element-definition',
          name: tagName,
          declaration: { name, module: path },
        });
      }
    }
  },
};

/** Paths as the package publishes them: `src/x/y.ts` is `dist/x/y.js`. */
export const publishedPaths = {
  name: 'harmony-published-paths',
  packageLinkPhase({ customElementsManifest }) {
    const published = (path) => path.replace(/^src\/(.*)\.ts$/, 'dist/$1.js');
    const visit = (node) => {
      if (Array.isArray(node)) node.forEach(visit);
      else if (node && typeof node === 'object') {
        for (const [key, value] of Object.entries(node)) {
          if ((key === 'module' || key === 'path') && typeof value === 'string') node[key] = published(value);
          else visit(value);
        }
      }
    };
    visit(customElementsManifest.modules);
  },
};

function* declarationsOf(manifest) {
  for (const module of manifest.modules) yield* module.declarations ?? [];
}
