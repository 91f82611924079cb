// Writes, from custom-elements.json, what hosts' tools read: template typings for React 19 JSX, Vue,
// Svelte and Solid (dist/types/) and editor data for VS Code and JetBrains IDEs (dist/ide/). Each file
// comes from the community generator for it; `npm run build` runs this after compiling.
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { generateJetBrainsWebTypes } from 'custom-element-jet-brains-integration';
import { generateJsxTypes } from 'custom-element-jsx-integration';
import { generateSolidJsTypes } from 'custom-element-solidjs-integration';
import { generateSvelteTypes } from 'custom-element-svelte-integration';
import { generateVsCodeCustomElementData } from 'custom-element-vs-code-integration';
import { generateVuejsTypes } from 'custom-element-vuejs-integration';

const root = new URL('../', import.meta.url).pathname;

/**
 * The generators type a handler as `(e: CustomEvent<T>) => void`, reading T from the event's type in the
 * manifest. Our manifest names the event class (`HarmonyLinkCreatedEvent`, what `@lit/react` needs), so
 * they get its detail type instead (`HarmonyLinkCreatedDetail`, exported beside it).
 */
function withDetailTypes(manifest) {
  const copy = structuredClone(manifest);
  for (const module of copy.modules) {
    for (const declaration of module.declarations ?? []) {
      for (const event of declaration.events ?? []) {
        if (event.type?.text) event.type.text = event.type.text.replace(/Event$/, 'Detail');
      }
    }
  }
  return copy;
}

/**
 * The generators import each element's event types in one statement, once per element that fires it,
 * and TypeScript rejects a name imported twice: keep each name once.
 */
function dedupeTypeImports(code) {
  return code.replace(/import type \{([^}]*)\}/g, (_, names) => {
    const unique = [...new Set(names.split(',').map((name) => name.trim()))].filter(Boolean);
    return `import type { ${unique.join(', ')} }`;
  });
}

const camelize = (name) => name.replace(/-([a-z0-9])/g, (_, letter) => letter.toUpperCase());

/**
 * Vue's template type-checker (vue-tsc) camelizes what a template passes to a component — \`conversation-id\`
 * becomes \`conversationId\`, \`@harmony-link-created\` becomes \`onHarmonyLinkCreated\` — so the props the
 * generator writes in kebab case would match nothing. Write them as Vue declares props: camelized, one
 * key each (an attribute and its property share one).
 */
function camelizeVueProps(code) {
  return code.replace(/(type \w+Props = \{)([\s\S]*?)\n\}/g, (_, start, body) => {
    const seen = new Set();
    const entries = body.replace(/(\/\*\*[\s\S]*?\*\/)\s*"([^"]+)"\?: ([^;]+);/g, (__, doc, key, type) => {
      const event = key.match(/^on(harmony-[a-z-]+)$/)?.[1];
      const name = event ? `on${camelize(`-${event}`)}` : camelize(key);
      if (seen.has(name)) return '';
      seen.add(name);
      return `${doc}\n  ${name}?: ${type};`;
    });
    return `${start}${entries}\n}`;
  });
}

export async function makeIntegrations(outRoot = join(root, 'dist')) {
  const manifest = JSON.parse(await readFile(join(root, 'custom-elements.json'), 'utf8'));
  const typed = withDetailTypes(manifest);
  const types = join(outRoot, 'types');
  const ide = join(outRoot, 'ide');
  await mkdir(types, { recursive: true });
  // Paths in the typings are relative to dist/types/; the classes and detail types come from dist/index.js.
  const common = { outdir: types, globalTypePath: '../index.js', hideLogs: true };
  generateJsxTypes(typed, { ...common, fileName: 'jsx.d.ts' });
  generateVuejsTypes(typed, { ...common, fileName: 'vue.d.ts' });
  generateSvelteTypes(typed, { ...common, fileName: 'svelte.d.ts' });
  generateSolidJsTypes(typed, { ...common, fileName: 'solid.d.ts' });
  // React 19 reads custom elements' props from React.JSX: one import wires the generated types in.
  await writeFile(
    join(types, 'react.d.ts'),
    `import type { CustomElements } from './jsx.js';\n\ndeclare module 'react' {\n  namespace JSX {\n` +
      `    interface IntrinsicElements extends CustomElements {}\n  }\n}\n`,
  );
  for (const file of await readdir(types)) {
    const path = join(types, file);
    const code = dedupeTypeImports(await readFile(path, 'utf8'));
    await writeFile(path, file === 'vue.d.ts' ? camelizeVueProps(code) : code);
  }
  generateVsCodeCustomElementData(manifest, {
    outdir: ide,
    htmlFileName: 'vscode.html-custom-data.json',
    cssFileName: 'vscode.css-custom-data.json',
    hideLogs: true,
  });
  generateJetBrainsWebTypes(manifest, {
    outdir: ide,
    webTypesFileName: 'web-types.json',
    packageJson: false,
    hideLogs: true,
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await makeIntegrations();
  console.log('Wrote dist/types/ and dist/ide/');
}
