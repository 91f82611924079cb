/**
 * Every way a host loads the package, from the packed tarball: an app built by Vite, the same app on
 * Vite's dev server, an app built by webpack 5, and a plain page loading cdn/ under a strict Content
 * Security Policy with Trusted Types, from its own origin and from another. Each runs Share PDF with the server's report unavailable,
 * so the browser makes the report from the lazy renderer, worker and fonts the host's tool shipped; the
 * PDF's text is read back and must hold the title and every participant, in every script.
 */
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFile, cp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { readPdf } from '../fixtures/report/read-pdf.js';
import { launchChromium } from '../support/chromium.js';
import { serveFolder } from '../support/static-server.js';
import { watchPage } from './page-watch.js';
import { prepareWorkspace, type Workspace } from './workspace.js';

let workspace: Workspace;
let browser: Browser;
const cleanups: (() => Promise<void> | void)[] = [];
const participants = ['Ada Okafor', 'Zoë Brontë', 'محمد علي', '王小明'];

before(async () => {
  workspace = await prepareWorkspace();
  browser = await launchChromium();
});

after(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  await browser?.close();
  await workspace?.remove();
});

const app = (name: string) => join(workspace.dir, 'apps/loaders', name);

/** Opens the host page, makes the report with Share PDF, and reads the downloaded PDF back. */
interface Outcome {
  text: string;
  source: string;
  problems: string[];
  warnings: string[];
  /** Paths the page and its workers asked for. */
  requested: string[];
}

async function sharePdf(origin: string): Promise<Outcome> {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  const { problems, warnings } = watchPage(page);
  const requested: string[] = [];
  context.on('request', (request) => requested.push(new URL(request.url()).pathname));
  try {
    await page.goto(origin);
    await page.getByRole('button', { name: 'Share', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Share "Host app meeting"' });
    const download = page.waitForEvent('download', { timeout: 60_000 });
    // A failure the host hears about ends the wait at once, with what the host was told.
    const failure = page
      .waitForFunction(() => (window as { harmonyError?: unknown }).harmonyError, null, { timeout: 60_000 })
      .then((handle) => handle.jsonValue());
    await dialog.getByRole('button', { name: 'Share PDF' }).click();
    const outcome = await Promise.race([download, failure]);
    if (!('path' in (outcome as object)))
      assert.fail(`harmony-error: ${JSON.stringify(outcome)}; page problems: ${problems.join(' | ')}`);
    const file = await (await download).path();
    const ready = (await page.evaluate(() => (window as { pdfReady?: { source: string } }).pdfReady)) ?? {
      source: 'none',
    };
    const { text } = await readPdf(new Uint8Array(await readFile(file)));
    return { text, source: ready.source, problems, warnings, requested };
  } finally {
    await context.close();
  }
}

function expectWholeReport(result: Outcome, where = 'in the worker'): void {
  assert.deepEqual(result.problems, []);
  // The worker says in the console when it could not start and the main thread made the report.
  if (where === 'in the worker') {
    const fellBack = result.warnings.filter((text) => text.includes('report worker'));
    assert.deepEqual(fellBack, [], 'the report was made in the worker');
  }
  assert.equal(result.source, 'client', 'the browser made the report');
  assert.ok(result.text.includes('Host app meeting'), 'the title');
  for (const name of participants) assert.ok(result.text.includes(name), `participant ${name}`);
}

/** Starts a long-running tool of the workspace and resolves with its URL once it prints one. */
function startTool(name: string, args: string[], cwd: string): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [join(workspace.dir, 'node_modules/.bin', name), ...args], {
    cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  cleanups.push(() => {
    child.kill();
  });
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      // eslint-disable-next-line no-control-regex
      const url = output.replace(/\x1b\[[0-9;]*m/g, '').match(/http:\/\/127\.0\.0\.1:\d+\//)?.[0];
      if (url) resolve({ url, child });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => reject(new Error(`${name} exited (${code}):\n${output}`)));
  });
}

describe('Vite', () => {
  test('build: the worker, jsPDF and the fonts are lazy files, none of them in the entry', async () => {
    await workspace.tool('vite', ['build', '--outDir', 'out', '--logLevel', 'warn'], app('vite'));
    const files = await readdir(join(app('vite'), 'out/assets'));
    assert.ok(
      files.some((file) => /^worker-.*\.js$/.test(file)),
      `a worker file in ${files.join(', ')}`,
    );
    assert.ok(
      files.some((file) => file.endsWith('.ttf')),
      'font files',
    );
    const entry = files.find((file) => /^index-.*\.js$/.test(file))!;
    const code = await readFile(join(app('vite'), 'out/assets', entry), 'utf8');
    assert.ok(code.includes('harmony-share-dialog'), 'the entry registers the elements');
    assert.ok(!code.includes('addFileToVFS'), 'jsPDF is not in the entry');
  });

  test('build: the report is made in the browser from the files Vite emitted', async () => {
    const server = await serveFolder(join(app('vite'), 'out'));
    cleanups.push(() => server.close());
    expectWholeReport(await sharePdf(server.origin));
  });

  test('build with an asset base: the worker and the fonts come from the folder the meta tag names', async () => {
    const site = join(workspace.dir, 'vite-with-asset-base');
    await cp(join(app('vite'), 'out'), site, { recursive: true });
    await cp(installed(), join(site, 'harmony'), { recursive: true });
    const html = await readFile(join(site, 'index.html'), 'utf8');
    const meta = '<meta name="harmony-asset-base" content="/harmony/" />';
    await writeFile(join(site, 'index.html'), html.replace('<head>', `<head>\n    ${meta}`));
    const server = await serveFolder(site);
    cleanups.push(() => server.close());
    const result = await sharePdf(server.origin);
    expectWholeReport(result);
    assert.ok(result.requested.includes('/harmony/cdn/worker.js'), 'the worker from the base');
    assert.ok(
      result.requested.some((path) => path.startsWith('/harmony/dist/report/fonts/pieces/')),
      'font pieces from the base',
    );
    assert.ok(!result.requested.some((path) => /^\/assets\/.*\.ttf$/.test(path)), 'no font from the bundle');
  });

  test('dev server, no configuration: the report is made in the browser', async () => {
    const { url } = await startTool(
      'vite',
      ['--host', '127.0.0.1', '--port', '0', '--strictPort=false'],
      app('vite'),
    );
    expectWholeReport(await sharePdf(url));
  });
});

describe('webpack 5', () => {
  test('build: the report is made in the browser from the files webpack emitted', async () => {
    await workspace.tool('webpack', ['--config', 'webpack.config.js'], app('webpack'));
    const out = join(app('webpack'), 'out');
    await copyFile(join(app('webpack'), 'index.html'), join(out, 'index.html'));
    const server = await serveFolder(out);
    cleanups.push(() => server.close());
    expectWholeReport(await sharePdf(server.origin));
  });
});

/** The plain page of apps/loaders/cdn, its `%CDN%` pointing at a served copy of the package's cdn/. */
async function cdnPage(cdn: string, cdnOrigin: string, { wasm = true } = {}): Promise<string> {
  const page = join(
    workspace.dir,
    `cdn-page-${cdnOrigin ? 'cross' : 'same'}-origin${wasm ? '' : '-no-wasm'}`,
  );
  await mkdir(page, { recursive: true });
  for (const file of ['index.html', 'host-cdn.js']) {
    let text = await readFile(join(app('cdn'), file), 'utf8');
    if (!wasm) text = text.replace("script-src 'self' 'wasm-unsafe-eval'", "script-src 'self'");
    await writeFile(join(page, file), text.replaceAll('%CDN%', cdn).replaceAll('%CDN_ORIGIN%', cdnOrigin));
  }
  await copyFile(join(app(''), 'meeting.js'), join(page, 'meeting.js'));
  return page;
}

/** The package as npm installed it: cdn/ beside dist/, as a CDN for npm packages serves it. */
const installed = () => join(workspace.dir, 'node_modules/@harmony/share-components');

describe('no bundler: cdn/ under a strict CSP with Trusted Types', () => {
  test('same origin: two module scripts run Share PDF, the report made in the worker', async () => {
    const page = await cdnPage('./harmony/cdn', '');
    await cp(installed(), join(page, 'harmony'), { recursive: true });
    const server = await serveFolder(page);
    cleanups.push(() => server.close());
    const result = await sharePdf(server.origin);
    expectWholeReport(result);
  });

  test('cross origin: the page loads cdn/ from another origin; the report is made, and the console says why not in a worker', async () => {
    const cdn = await serveFolder(installed(), { headers: { 'access-control-allow-origin': '*' } });
    cleanups.push(() => cdn.close());
    const server = await serveFolder(await cdnPage(`${cdn.origin}/cdn`, cdn.origin));
    cleanups.push(() => server.close());
    const result = await sharePdf(server.origin);
    expectWholeReport(result, 'on the main thread');
    assert.equal(
      result.warnings.filter((text) => text.includes('report worker')).length,
      1,
      result.warnings.join('\n'),
    );
  });

  test('a page whose policy forbids WebAssembly hears why the report failed, in harmony-error', async () => {
    const cdn = await serveFolder(installed(), { headers: { 'access-control-allow-origin': '*' } });
    cleanups.push(() => cdn.close());
    const server = await serveFolder(await cdnPage(`${cdn.origin}/cdn`, cdn.origin, { wasm: false }));
    cleanups.push(() => server.close());
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(server.origin);
    await page.getByRole('button', { name: 'Share', exact: true }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Share PDF' }).click();
    const error = await page.waitForFunction(() => (window as { harmonyError?: unknown }).harmonyError);
    const detail = (await error.jsonValue()) as { code: string; action: string; message: string };
    await context.close();
    assert.equal(detail.action, 'pdf');
    assert.match(detail.message, /WebAssembly|wasm/i, detail.message);
  });
});
