/**
 * Host apps as developers write them, against the package as `npm pack` publishes it: a React 19 and a
 * React 18 app built with Vite and driven in Chromium through ⋯ → Share → Generate Link, and TSX and Vue
 * templates type-checked against the shipped typings, where a wrong prop must fail.
 */
import assert from 'node:assert/strict';
import { access, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/chromium.js';
import { serveFolder } from '../support/static-server.js';
import { watchPage } from './page-watch.js';
import { prepareWorkspace, type Workspace } from './workspace.js';

let workspace: Workspace;
let browser: Browser;
const servers: { origin: string; close(): Promise<void> }[] = [];
const apps: Record<'react19' | 'react18', string> = { react19: '', react18: '' };

before(async () => {
  workspace = await prepareWorkspace();
  await Promise.all(
    (['react19', 'react18'] as const).map(async (app) => {
      const dir = join(workspace.dir, 'apps', app);
      await workspace.tool('vite', ['build', '--outDir', 'out'], dir);
      const server = await serveFolder(join(dir, 'out'));
      servers.push(server);
      apps[app] = server.origin;
    }),
  );
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await Promise.all(servers.map((server) => server.close()));
  await workspace?.remove();
});

/** A page of the app that records what went wrong in it. */
async function open(origin: string): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage();
  const { problems } = watchPage(page);
  await page.goto(origin);
  return { page, problems };
}

/** ⋯ → Share → Generate Link for Sharing, by role and name as a user finds them. */
async function shareThroughMenu(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'More actions for Host app meeting' }).click();
  await page.getByRole('menuitem', { name: 'Share' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share "Host app meeting"' });
  await dialog.getByRole('button', { name: 'Generate Link for Sharing' }).click();
  return dialog.getByRole('textbox', { name: 'Shareable Link' }).inputValue();
}

describe('the published package', () => {
  test('holds every module the manifest names, the React entry, the typings and the editor data', async () => {
    const installed = join(workspace.dir, 'node_modules/@harmony/share-components');
    const manifest = JSON.parse(await readFile(join(installed, 'custom-elements.json'), 'utf8')) as {
      modules: { path: string }[];
    };
    for (const module of manifest.modules) await access(join(installed, module.path));
    const pkg = JSON.parse(await readFile(join(installed, 'package.json'), 'utf8'));
    await access(join(installed, pkg['web-types']));
    for (const entry of [
      './react',
      './types/jsx',
      './types/react',
      './types/vue',
      './types/svelte',
      './types/solid',
    ]) {
      const target = pkg.exports[entry];
      await access(join(installed, typeof target === 'string' ? target : (target.default ?? target.types)));
    }
    await access(join(installed, pkg.exports['./vscode.html-custom-data.json']));
    assert.deepEqual(pkg.peerDependenciesMeta, { react: { optional: true } });
  });
});

describe('an integrator in plain Node', () => {
  test("runs the README's conformance example against the package's in-memory adapter", async () => {
    const { stdout } = await workspace.node('apps/conformance/check.mjs');
    const result = JSON.parse(stdout) as { passed: number; failed: unknown[] };
    assert.deepEqual(result.failed, []);
    assert.ok(result.passed >= 10, `only ${result.passed} cases ran`);
  });
});

describe('React 19 app', () => {
  test('through the wrapper: props and onHarmonyLinkCreated alone run the share flow', async () => {
    const { page, problems } = await open(apps.react19);
    await page.getByRole('heading', { name: /^React 19\./ }).waitFor();
    const url = await shareThroughMenu(page);
    assert.match(url, /^https:\/\/harmony\.example\/s\//);
    await page.locator('#wrapper-link', { hasText: url }).waitFor();
    assert.equal(await page.locator('harmony-overflow-menu[adapter]').count(), 0, 'no adapter attribute');
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('as plain JSX: adapter={…} and onharmony-link-created={…} on <harmony-share-dialog>', async () => {
    const { page, problems } = await open(apps.react19);
    await page.getByRole('button', { name: 'Open the plain dialog' }).click();
    const dialog = page.getByRole('dialog', { name: 'Share "Host app meeting"' });
    await dialog.getByRole('button', { name: 'Generate Link for Sharing' }).click();
    const url = await dialog.getByRole('textbox', { name: 'Shareable Link' }).inputValue();
    await page.locator('#plain-link', { hasText: url }).waitFor();
    assert.deepEqual(problems, []);
    await page.close();
  });
});

describe('React 18 app', () => {
  test('through the wrapper: props and onHarmonyLinkCreated alone run the share flow', async () => {
    const { page, problems } = await open(apps.react18);
    await page.getByRole('heading', { name: /^React 18\./ }).waitFor();
    const url = await shareThroughMenu(page);
    assert.match(url, /^https:\/\/harmony\.example\/s\//);
    await page.locator('#wrapper-link', { hasText: url }).waitFor();
    assert.deepEqual(problems, []);
    await page.close();
  });
});

/** Lines of `file` marked `wrong:` in a comment, 1-based. */
async function markedLines(file: string): Promise<number[]> {
  const lines = (await readFile(file, 'utf8')).split('\n');
  return lines.flatMap((line, index) => (/wrong: /.test(line) ? [index + 1] : []));
}

/** The lines of `file` the compiler reported errors on, from `tsc`-style output. */
function errorLines(output: string, file: string): number[] {
  const pattern = new RegExp(`${file.replace(/[.]/g, '\\.')}\\((\\d+),\\d+\\): error`, 'g');
  return [...new Set([...output.matchAll(pattern)].map((match) => Number(match[1])))].sort((a, b) => a - b);
}

async function failingOutput(run: Promise<unknown>): Promise<string> {
  const error = await run.then(
    () => assert.fail('the type check passed, but the file has wrong props'),
    (failure: { stdout?: string; stderr?: string }) => failure,
  );
  return `${error.stdout ?? ''}${error.stderr ?? ''}`;
}

// Each check is its own compiler process: they run side by side.
describe('typings for templates', { concurrency: true }, () => {
  test('TSX: the React 19 app type-checks, wrapper and plain JSX alike', async () => {
    await workspace.tool('tsc', ['-p', 'apps/react19']);
  });

  test('TSX: a misspelled prop, a wrong prop type or a wrong detail field is an error on its line', async () => {
    const output = await failingOutput(workspace.tool('tsc', ['-p', 'apps/types']));
    const file = 'apps/types/wrong-props.tsx';
    assert.deepEqual(errorLines(output, file), await markedLines(join(workspace.dir, file)), output);
  });

  test('Vue: a template using the elements type-checks with strict templates', async () => {
    await workspace.tool('vue-tsc', ['-p', 'apps/vue/tsconfig.json']);
  });

  test('Vue: a misspelled prop, a wrong prop type or a wrong detail field is an error on its line', async () => {
    const output = await failingOutput(workspace.tool('vue-tsc', ['-p', 'apps/vue/tsconfig.wrong.json']));
    const file = 'apps/vue/Wrong.vue';
    assert.deepEqual(errorLines(output, file), await markedLines(join(workspace.dir, file)), output);
  });
});
