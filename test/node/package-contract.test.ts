import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { promisify } from 'node:util';
import { LIBRARY_VERSION } from '../../src/base/harmony-element.js';
// @ts-expect-error: a plain script without typings.
import { reactWrapperFiles } from '../../scripts/make-react.mjs';

const run = promisify(execFile);
const root = new URL('../../', import.meta.url).pathname;

test('custom-elements.json is what the analyzer generates from the sources today', async () => {
  const outdir = await mkdtemp(join(tmpdir(), 'harmony-cem-'));
  try {
    await run(
      join(root, 'node_modules/.bin/cem'),
      ['analyze', '--litelement', '--outdir', relative(root, outdir)],
      { cwd: root },
    );
    const fresh = await readFile(join(outdir, 'custom-elements.json'), 'utf8');
    const committed = await readFile(join(root, 'custom-elements.json'), 'utf8');
    assert.equal(committed, fresh, 'custom-elements.json is stale: run `npm run analyze` and commit it');
  } finally {
    await rm(outdir, { recursive: true, force: true });
  }
});

test('the React wrappers in src/react/ are what scripts/make-react.mjs generates from the manifest', async () => {
  const files: { file: string; code: string }[] = await reactWrapperFiles();
  assert.ok(files.length >= 5, 'a wrapper per element and the index');
  for (const { file, code } of files) {
    const committed = await readFile(join(root, file), 'utf8').catch(() => '');
    assert.equal(committed, code, `${file} is stale: run \`npm run analyze\` and commit it`);
  }
});

test('the manifest lists only harmony- events, each with its event class, and no private members', async () => {
  const manifest = JSON.parse(await readFile(join(root, 'custom-elements.json'), 'utf8'));
  const elements = manifest.modules.flatMap((module: { declarations?: unknown[] }) =>
    (module.declarations ?? []).filter((declaration) => (declaration as { tagName?: string }).tagName),
  ) as {
    tagName: string;
    events?: { name: string; type?: { text: string } }[];
    members?: { privacy?: string }[];
  }[];
  assert.deepEqual(elements.map((element) => element.tagName).sort(), [
    'harmony-companion-launcher',
    'harmony-menu-item',
    'harmony-overflow-menu',
    'harmony-share-dialog',
  ]);
  // The classes live in modules by who sends them.
  const events = (
    await Promise.all(
      ['error-event.ts', 'surface-events.ts', 'action-events.ts'].map((file) =>
        readFile(join(root, 'src/events', file), 'utf8'),
      ),
    )
  ).join('\n');
  for (const element of elements) {
    for (const event of element.events ?? []) {
      assert.match(event.name, /^harmony-[a-z-]+$/, `${element.tagName}: ${event.name}`);
      const type = event.type?.text ?? '';
      assert.match(events, new RegExp(`class ${type} extends HarmonyEvent[\\s\\S]*?super\\('${event.name}'`));
    }
    assert.deepEqual(
      (element.members ?? []).filter((member) => member.privacy && member.privacy !== 'public'),
      [],
    );
  }
});

test('the version elements report matches package.json', async () => {
  const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
  assert.equal(LIBRARY_VERSION, pkg.version);
});

test("the README's theming section lists every token and part the manifest documents", async () => {
  const manifest = JSON.parse(await readFile(join(root, 'custom-elements.json'), 'utf8'));
  const readme = await readFile(join(root, 'README.md'), 'utf8');
  const theming = readme.slice(readme.indexOf('### Theming'), readme.indexOf('## Writing your own adapter'));
  for (const module of manifest.modules) {
    for (const element of module.declarations ?? []) {
      if (!element.tagName) continue;
      for (const token of element.cssProperties ?? []) {
        assert.ok(theming.includes(`\`${token.name}\``), `${token.name} is not in the README`);
        assert.ok(theming.includes(`\`${token.default}\``), `${token.name}'s default is not in the README`);
      }
      const line = theming.split('\n- ').find((entry) => entry.startsWith(`\`<${element.tagName}>\``)) ?? '';
      for (const part of element.cssParts ?? []) {
        assert.ok(
          line.includes(`\`${part.name}\``),
          `<${element.tagName}>'s part ${part.name} is not in the README`,
        );
      }
    }
  }
});
